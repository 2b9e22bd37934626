extension StringProtocol {
    /// The text without leading and trailing whitespace — the same as
    /// `trimmingCharacters(in: .whitespaces)` (spaces of Unicode category Zs and tabs), without
    /// going through NSString: the readers call it for every cell of every row, and a national
    /// year has over a million rows.
    public var trimmedWhitespace: String {
        // Most cells start and end with an ASCII character that is not a space: their first and
        // last bytes say so, without decoding a scalar.
        let plainEnds = utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            func plain(_ byte: UInt8) -> Bool { byte < 0x80 && byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") }
            guard let first = bytes.first, let last = bytes.last else { return false }
            return plain(first) && plain(last)
        }
        if plainEnds == true { return String(self) }
        let scalars = unicodeScalars
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            // Unicode's space separators (category Zs), listed: looking the category up costs
            // more than the rest of a cell's reading, and "có" or "TLĐ" end every row.
            switch scalar.value {
            case 0x20, 0x09, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: true
            default: false
            }
        }
        guard let first = scalars.first, let last = scalars.last else { return "" }
        if !isSpace(first) && !isSpace(last) { return String(self) }
        guard let start = scalars.firstIndex(where: { !isSpace($0) }),
              let end = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[start...end])
        return String(result)
    }
}
