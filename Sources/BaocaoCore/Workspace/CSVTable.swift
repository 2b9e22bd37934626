import Foundation

/// A CSV file read whole, in one pass over its UTF-8 bytes: every record with its fields, and for
/// each field the line and column where it starts, for messages that point at the cell.
///
/// The unit files and the submission files are read with it. It reads RFC 4180 as spreadsheets
/// write it: fields separated by commas (or semicolons, or tabs: what Excel writes in a locale
/// whose decimal mark is a comma, as Vietnamese is, and "Unicode text"; the separator is the one
/// of the three the header row has most of, outside quotes), records ended by LF, CRLF or CR; a
/// field that starts with
/// a quote runs to the next lone quote, may hold commas and line ends, and writes a quote as two.
/// A byte-order mark at the start is skipped. A record is kept even when its field count differs
/// from the header's: the readers report that with the record's line.
///
/// What it cannot read exactly it reads as well as it can and lists in `problems`, for the readers
/// to refuse the file with the line and column: a quoted field never closed (it would swallow the
/// rows after it), a closing quote followed by something other than a separator, a line end or a
/// second quote (the field and the ones after it are then read as CSV.swift read them: the quote
/// kept, the one character after it dropped, the field going on quoted), and a control character
/// (NUL to U+001F but the tab and line ends, and DEL) anywhere in a field: invisible in a
/// spreadsheet, it would cut the text in a DOCX or HTML report. A quote inside an unquoted field
/// is read as written (`5" màn hình`): that is unambiguous.
///
/// Lines are counted at every LF, CRLF and CR, inside quoted fields too; columns count Unicode
/// scalars from 1 at the start of the line.
struct CSVTable {
    /// One field: its text, without the quotes around it and with doubled quotes made single, and
    /// where its first character (the opening quote, for a quoted field) is.
    struct Field {
        var text: String
        var line: Int
        var column: Int
    }

    /// One record: the line where it starts, and its fields in order.
    struct Row {
        var line: Int
        var fields: [Field]
    }

    /// Something in the file that cannot be read exactly, where it is and what to do about it.
    struct Problem: Equatable {
        var line: Int
        var column: Int
        var message: String
    }

    /// Every record in the file, the header row first; empty for an empty file.
    private(set) var rows: [Row]
    /// What could not be read exactly, in the file's order; at most `problemLimit`, the last one
    /// saying how many more there were.
    private(set) var problems: [Problem] = []
    /// How many problems are listed: a binary file saved as .csv has one at every few bytes.
    static let problemLimit = 20

    /// Logs each of ``problems`` at `path`; whether there were none (the file may be read on).
    func reportProblems(path: String, to log: DiagnosticLog) -> Bool {
        for problem in problems { log.add(SourceLocation(file: path, line: problem.line, column: problem.column), problem.message) }
        return problems.isEmpty
    }
    /// The separator the file was read with: `,`, `;` or a tab.
    private(set) var separator: Character = ","

    /// The separator's name in messages: "',' (comma)".
    var separatorName: String {
        switch separator {
        case ";": "';' (semicolon)"
        case "\t": "tab"
        default: "',' (comma)"
        }
    }

    /// The records of `text` (a leading byte-order mark is skipped).
    init(text: String) {
        var text = text
        var separator = Self.comma
        var problems: [Problem] = []
        rows = text.withUTF8 { bytes in
            separator = Self.separator(in: bytes)
            return Self.parse(bytes, separator: separator, problems: &problems)
        }
        self.problems = problems
        self.separator = Character(Unicode.Scalar(separator))
    }

    /// The separator of the header row: the one of comma, semicolon and tab it has most of outside
    /// quotes (a comma when none, or on a tie with it).
    private static func separator(in bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var counts: [UInt8: Int] = [comma: 0, UInt8(ascii: ";"): 0, UInt8(ascii: "\t"): 0]
        var quoted = false
        for byte in bytes {
            if byte == quote { quoted.toggle(); continue }
            if !quoted, byte == lineFeed || byte == carriageReturn { break }
            if !quoted, counts[byte] != nil { counts[byte]! += 1 }
        }
        let best = counts.max { a, b in (a.value, a.key == comma ? 1 : 0) < (b.value, b.key == comma ? 1 : 0) }
        return best.map { $0.value > 0 ? $0.key : comma } ?? comma
    }

    /// The records of the file at `url`, or nil when it cannot be read or is not UTF-8 text.
    init?(contentsOf url: URL) {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        self.init(text: text)
    }

    private static let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\""),
                       lineFeed = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")


    /// Whether `byte` starts a Unicode scalar in UTF-8 (is not a continuation byte).
    @inline(__always)
    private static func startsScalar(_ byte: UInt8) -> Bool { byte & 0xC0 != 0x80 }

    /// How many bytes the UTF-8 scalar whose first byte is `byte` takes.
    @inline(__always)
    private static func scalarLength(_ byte: UInt8) -> Int {
        byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
    }

    /// The records in `bytes` (valid UTF-8).
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, separator comma: UInt8, problems: inout [Problem]) -> [Row] {
        let count = bytes.count
        var index = 0
        if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }

        // Where we are: the line, and the column at byte `counted` of it (scalars are counted
        // lazily, up to the start of each field).
        var line = 1, column = 1, counted = index
        func columnAt(_ offset: Int) -> Int {
            var position = counted
            while position < offset {
                if startsScalar(bytes[position]) { column += 1 }
                position += 1
            }
            counted = offset
            return column
        }
        /// A line ended just before `offset`.
        func newLine(at offset: Int) {
            line += 1
            column = 1
            counted = offset
        }
        var more = 0
        func problem(line: Int, column: Int, _ message: String) {
            guard problems.count < problemLimit else { more += 1; return }
            problems.append(Problem(line: line, column: column, message: message))
        }
        func problem(at offset: Int, _ message: String) {
            problem(line: line, column: columnAt(offset), message)
        }
        func control(at offset: Int) {
            problem(at: offset, ControlCharacter.message(bytes[offset]))
        }
        func text(_ start: Int, _ end: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }

        var rows: [Row] = []
        var escaped: [UInt8] = []
        while index < count {
            var row = Row(line: line, fields: [])
            row.fields.reserveCapacity(rows.last?.fields.count ?? 8)
            var rowEnded = false
            while !rowEnded {
                let fieldLine = line, fieldColumn = columnAt(index)
                if index < count, bytes[index] == quote {
                    // Quoted: up to the quote that is not doubled.
                    escaped.removeAll(keepingCapacity: true)
                    var segment = index + 1, position = index + 1
                    var closed = false
                    while position < count {
                        let byte = bytes[position]
                        if byte == quote {
                            escaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segment..<position]))
                            let next = position + 1
                            if next == count {
                                index = next
                                rowEnded = true
                            } else if bytes[next] == comma {
                                index = next + 1
                            } else if bytes[next] == lineFeed {
                                index = next + 1
                                newLine(at: index)
                                rowEnded = true
                            } else if bytes[next] == carriageReturn {
                                index = next + 1
                                if index < count, bytes[index] == lineFeed { index += 1 }
                                newLine(at: index)
                                rowEnded = true
                            } else if bytes[next] == quote {
                                escaped.append(quote)
                                segment = next + 1
                                position = next + 1
                                continue
                            } else {
                                // What CSV.swift did: keep the quote, drop the character after it.
                                problem(at: position, "the quote here closes the quoted field that starts at line \(fieldLine), column \(fieldColumn), but is followed by '\(text(next, next + scalarLength(bytes[next])))', not a separator or a line end: write a quote inside a quoted field as two quotes (\"\"), or add the missing separator")
                                escaped.append(quote)
                                segment = next + scalarLength(bytes[next])
                                position = segment
                                continue
                            }
                            closed = true
                            break
                        } else if byte == lineFeed {
                            if position == 0 || bytes[position - 1] != carriageReturn { line += 1 }
                            column = 1
                            counted = position + 1
                        } else if byte == carriageReturn {
                            line += 1
                            column = 1
                            counted = position + 1
                        } else if ControlCharacter.isRefused(byte) {
                            control(at: position)
                        }
                        position += 1
                    }
                    if !closed {
                        let endColumn = columnAt(count)
                        problem(line: fieldLine, column: fieldColumn, "this quoted field is never closed: it runs to the end of the file (line \(line), column \(endColumn)) and takes in every row after it; add the closing quote, or write a quote inside a field as two quotes (\"\")")
                        escaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segment..<count]))
                        index = count
                        rowEnded = true
                    }
                    row.fields.append(Field(text: String(decoding: escaped, as: UTF8.self), line: fieldLine, column: fieldColumn))
                } else {
                    // Unquoted: up to the next comma or line end.
                    var end = index
                    while end < count {
                        let byte = bytes[end]
                        if byte == comma || byte == lineFeed || byte == carriageReturn { break }
                        if ControlCharacter.isRefused(byte) { control(at: end) }
                        end += 1
                    }
                    row.fields.append(Field(text: text(index, end), line: fieldLine, column: fieldColumn))
                    if end == count {
                        index = count
                        rowEnded = true
                    } else if bytes[end] == comma {
                        index = end + 1
                    } else {
                        index = end + 1
                        if bytes[end] == carriageReturn, index < count, bytes[index] == lineFeed { index += 1 }
                        newLine(at: index)
                        rowEnded = true
                    }
                }
            }
            rows.append(row)
        }
        if more > 0 {
            problems.append(Problem(line: problems.last!.line, column: problems.last!.column,
                                    message: "and \(more) more problem\(more == 1 ? "" : "s") like these after this one; is this a CSV file saved as 'CSV UTF-8'?"))
        }
        return rows
    }
}
