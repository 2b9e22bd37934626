/// The control characters a cell of a file may not hold: NUL to U+001F but the tab and the line
/// ends, and DEL. Invisible in a spreadsheet, they are refused by every reader (CSV, XLSX, JSON,
/// YAML) with where they are: a NUL cuts the text of a DOCX or HTML report, and XML cannot carry
/// most of them at all.
enum ControlCharacter {
    /// Whether `byte` (of UTF-8 text) is one a cell may not hold.
    @inline(__always)
    static func isRefused(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F
    }

    /// The first one in `text`, if any.
    static func first(in text: String) -> UInt8? {
        text.utf8.first(where: isRefused)
    }

    /// Its name in a message: "NUL (U+0000)".
    static func name(_ byte: UInt8) -> String {
        let names = ["NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "TAB", "LF", "VT", "FF", "CR", "SO", "SI",
                     "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US"]
        let name = byte < 0x20 ? names[Int(byte)] : "DEL"
        return "\(name) (U+\(String(byte, radix: 16, uppercase: true).leftPadded(to: 4)))"
    }

    /// What to tell of `byte` in a cell, and what to do.
    static func message(_ byte: UInt8, in place: String = "this cell") -> String {
        "\(place) holds a control character \(name(byte)); it is invisible in a spreadsheet and would cut the text in the report: delete it and save the file again"
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
