import CSV
import Foundation

/// The CLI's CSV: RFC 4180 with CRLF line ends, and a UTF-8 byte-order mark first, so that Excel
/// on Windows opens Vietnamese text as UTF-8 instead of garbling it.
enum CSVOutput {
    /// The byte-order mark: Excel's sign that a CSV file is UTF-8.
    static let byteOrderMark = "\u{FEFF}"

    /// `rows` (the header first) as CSV text.
    static func text(_ rows: [[String]]) throws -> String {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        for row in rows { try writer.write(row: row) }
        writer.stream.close()
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return byteOrderMark + String(decoding: data, as: UTF8.self) + (rows.isEmpty ? "" : "\r\n")
    }
}
