import Foundation
import Testing
@testable import BaocaoCore

@Suite("CSV table: fields, and the line and column of each")
struct CSVTableTests {
    /// Each row's fields as text.
    func texts(_ table: CSVTable) -> [[String]] { table.rows.map { $0.fields.map(\.text) } }

    /// Each field's line:column.
    func places(_ row: CSVTable.Row) -> [String] { row.fields.map { "\($0.line):\($0.column)" } }

    @Test("Plain fields, with each field's line and column")
    func plainFields() {
        let table = CSVTable(text: "id,name,level\na,Đà Nẵng,x\n")
        #expect(texts(table) == [["id", "name", "level"], ["a", "Đà Nẵng", "x"]])
        #expect(table.rows.map(\.line) == [1, 2])
        #expect(places(table.rows[1]) == ["2:1", "2:3", "2:11"]) // columns count scalars, not bytes
    }

    @Test("Semicolons and tabs, as Excel writes them in a Vietnamese locale and as 'Unicode text', are detected from the header", arguments: [
        (";", "';' (semicolon)"), ("\t", "tab"), (",", "',' (comma)"),
    ])
    func separators(_ example: (String, String)) {
        let (separator, name) = example
        let table = CSVTable(text: ["unit", "so_lieu", "ghi_chu"].joined(separator: separator) + "\n"
                             + ["a", "12,5", "\"x\(separator) y\""].joined(separator: separator) + "\n")
        #expect(table.separatorName == name)
        if separator != "," {
            #expect(texts(table) == [["unit", "so_lieu", "ghi_chu"], ["a", "12,5", "x\(separator) y"]], "a comma inside a field is text")
        }
    }

    @Test("A quoted field holds commas and doubled quotes")
    func quotedCommasAndQuotes() {
        let table = CSVTable(text: "a,b,c\n\"x, y\",\"say \"\"có\"\"\",z\n")
        #expect(texts(table)[1] == ["x, y", "say \"có\"", "z"])
        #expect(places(table.rows[1]) == ["2:1", "2:8", "2:21"])
    }

    @Test("A line end inside quotes: the field keeps it, later rows and fields have their real lines")
    func newlineInsideQuotes() {
        let table = CSVTable(text: "a,b,c\n1,\"two\nlines\",3\n4,5,6\n")
        #expect(texts(table) == [["a", "b", "c"], ["1", "two\nlines", "3"], ["4", "5", "6"]])
        #expect(table.rows.map(\.line) == [1, 2, 4])
        #expect(places(table.rows[1]) == ["2:1", "2:3", "3:8"])
        #expect(places(table.rows[2]) == ["4:1", "4:3", "4:5"])
    }

    @Test("CRLF line ends, inside quotes too, count one line each")
    func crlf() {
        let table = CSVTable(text: "a,b\r\n1,\"x\r\ny\"\r\n3,4\r\n")
        #expect(texts(table) == [["a", "b"], ["1", "x\r\ny"], ["3", "4"]])
        #expect(table.rows.map(\.line) == [1, 2, 4])
        #expect(places(table.rows[2]) == ["4:1", "4:3"])
    }

    @Test("A lone CR ends a line too")
    func carriageReturn() {
        let table = CSVTable(text: "a,b\r1,2\r3,4")
        #expect(texts(table) == [["a", "b"], ["1", "2"], ["3", "4"]])
        #expect(table.rows.map(\.line) == [1, 2, 3])
    }

    @Test("A byte-order mark is skipped; columns on line 1 start after it")
    func byteOrderMark() {
        let table = CSVTable(text: "\u{FEFF}id,name\na,b")
        #expect(texts(table) == [["id", "name"], ["a", "b"]])
        #expect(places(table.rows[0]) == ["1:1", "1:4"])
    }

    @Test("Empty fields, blank lines, a trailing comma and no final line end")
    func emptyFields() {
        let table = CSVTable(text: "a,b,c\n,,\n\n1,2,")
        #expect(texts(table) == [["a", "b", "c"], ["", "", ""], [""], ["1", "2", ""]])
        #expect(table.rows.map(\.line) == [1, 2, 3, 4])
        #expect(places(table.rows[3]) == ["4:1", "4:3", "4:5"])
        #expect(CSVTable(text: "").rows.isEmpty)
        #expect(texts(CSVTable(text: "a\n")) == [["a"]])
    }

    @Test("A row with the wrong field count is kept, with its line, for the reader to report")
    func wrongFieldCount() {
        let table = CSVTable(text: "a,b,c\n1,\"x\ny\",3\n1,2\n")
        #expect(table.rows[2].fields.count == 2)
        #expect(table.rows[2].line == 4)
    }

    @Test("Malformed quotes are read as CSV.swift read them and listed as problems, with where they are")
    func malformedQuotes() {
        // A quote inside an unquoted field is kept: that is unambiguous.
        let inside = CSVTable(text: "a\"b,c")
        #expect(texts(inside)[0] == ["a\"b", "c"])
        #expect(inside.problems.isEmpty)
        // After a closing quote, anything but a comma, a line end or a quote: the quote is kept,
        // the character after it dropped, and the field goes on quoted; the quote is a problem.
        let stray = CSVTable(text: "\"ab\"cd,e\"\n1")
        #expect(texts(stray)[0] == ["ab\"d,e"])
        #expect(stray.problems.map { "\($0.line):\($0.column)" } == ["1:4"])
        #expect(stray.problems.first?.message.contains("followed by 'c'") == true)
        #expect(texts(CSVTable(text: "\"ab\"đd\",e"))[0] == ["ab\"d", "e"])
        // An unterminated quoted field runs to the end of the file, and is a problem where it opens.
        let unclosed = CSVTable(text: "x,\"ab,c\nd")
        #expect(texts(unclosed) == [["x", "ab,c\nd"]])
        #expect(unclosed.problems.map { "\($0.line):\($0.column)" } == ["1:3"])
        #expect(unclosed.problems.first?.message.contains("never closed: it runs to the end of the file (line 2, column 2)") == true,
                "\(unclosed.problems)")
    }

    @Test("Control characters are problems at their cell; a binary file lists twenty and how many more")
    func controlCharacters() {
        let table = CSVTable(text: "a,b\n1,x\u{0}y\n\"q\u{1B}\",2\tz\n")
        #expect(table.problems.map { "\($0.line):\($0.column)" } == ["2:4", "3:3"], "at the character itself")
        #expect(table.problems.first?.message.contains("NUL (U+0000)") == true)
        #expect(table.problems.last?.message.contains("ESC (U+001B)") == true)
        let binary = CSVTable(text: String(repeating: "\u{1}", count: 100))
        #expect(binary.problems.count == CSVTable.problemLimit + 1)
        #expect(binary.problems.last?.message.hasPrefix("and 80 more problems") == true, "\(binary.problems.last!)")
    }

    @Test("A file that is not UTF-8 is not read")
    func invalidUTF8() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("csv-table-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data([0x61, 0x2C, 0x62, 0x0A, 0xC3, 0x28, 0x0A]).write(to: url)
        #expect(CSVTable(contentsOf: url) == nil)
        try Data("a,b\n1,2\n".utf8).write(to: url)
        #expect(CSVTable(contentsOf: url).map(texts) == [["a", "b"], ["1", "2"]])
    }

    @Test("The unit reader reports a row with the wrong field count at its line, and a file that is not UTF-8")
    func unitReaderProblems() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("units-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data("id,name,level\na,\"Một\nHai\",x\nb,B\n".utf8).write(to: url)
        var log = DiagnosticLog()
        let records = UnitCSVReader(url: url, path: "units.csv", levels: ["x"], kinds: [], log: log).read()
        #expect(records.map(\.unit.id) == ["a"])
        #expect(records.first?.location == SourceLocation(file: "units.csv", line: 2, column: 1))
        #expect(log.sorted.map(\.description) == ["units.csv:4:1: this row has 2 fields but the header has 3; check for a stray or missing comma"])

        try Data([0x69, 0x64, 0x0A, 0xFF, 0x0A]).write(to: url)
        log = DiagnosticLog()
        _ = UnitCSVReader(url: url, path: "units.csv", levels: ["x"], kinds: [], log: log).read()
        #expect(log.sorted.map(\.description) == ["units.csv:1:1: cannot read the file as UTF-8 text; save the spreadsheet as 'CSV UTF-8'"])
    }
}
