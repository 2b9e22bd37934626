import Baocao
@testable import BaocaoCore
import Foundation
import Testing
import ZIPFoundation

/// Issue 22: a file that cannot be read exactly is refused with where and what to fix, never read
/// as something else and stored; the store is unchanged. Each case stored silently wrong before.
@Suite("Files that cannot be read exactly")
struct MalformedFileTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let header = "directive,obligation,unit,period,received,can_bo_tong,can_bo_hoc_tap,co_ke_hoach,narrative\n"
    static func row(_ unit: String, _ narrative: String) -> String {
        "439/KH-LĐLĐ,bao-cao-ket-qua,\(unit),2023,2023-10-29 14:45,105,100,có,\(narrative)\n"
    }

    /// A scratch copy of Tây Ninh's example with its sample submissions stored, and what its store
    /// holds, as text.
    static func service() throws -> (WorkspaceService, () throws -> String, () -> Void) {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-malformed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch.appendingPathComponent("examples"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: root.appendingPathComponent("plugins"), to: scratch.appendingPathComponent("plugins"))
        let workspace = scratch.appendingPathComponent("examples/tay-ninh")
        try FileManager.default.copyItem(at: root.appendingPathComponent("examples/tay-ninh"), to: workspace)
        try? FileManager.default.removeItem(at: workspace.appendingPathComponent(".baocao"))
        let service = try WorkspaceService(folder: workspace.path, log: { _ in })
        _ = try service.ingest(file: workspace.appendingPathComponent("submissions/bao-cao-ket-qua-2023.csv").path)
        let dump = {
            let files = try service.sourceFiles().map { "\($0.id) \($0.path) \($0.sha256) \($0.rows)" }
            let rows = try service.submissions().map { "\($0.unit) \($0.obligation) \($0.period) \($0.receivedAt) \($0.values.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }) \($0.narrative ?? "")" }
            return (files + rows).joined(separator: "\n")
        }
        return (service, dump, { try? FileManager.default.removeItem(at: scratch) })
    }

    /// The diagnostics `name` (written with `data`) is refused with when ingested into Tây Ninh's
    /// store; the test fails when anything of it is stored, or the store changes.
    func refusal(_ name: String, _ data: Data) throws -> [String] {
        let (service, dump, cleanup) = try Self.service()
        defer { cleanup() }
        let before = try dump()
        defer {
            do { #expect(try dump() == before, "the store is unchanged by \(name)") } catch { Issue.record("\(error)") }
        }
        do {
            let answer = try service.ingest(data, name: name)
            Issue.record("\(name) was stored: \(answer.value.outcome)")
            return []
        } catch let error as SubmissionFileError {
            return error.diagnostics.map(\.description)
        }
    }

    @Test("Three rows, the second's narrative never closed: refused at the quote that closes it a row later, not stored as two submissions")
    func unbalancedQuote() throws {
        let text = Self.header + Self.row("ldld-tp-tay-ninh", "\"Tốt\"") + Self.row("ldld-trang-bang", "\"Chưa đóng")
            + Self.row("ldld-go-dau", "\"ghi chú\"")
        let problems = try refusal("quote.csv", Data(text.utf8))
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("quote.csv:4:") == true, "\(problems)")
        #expect(problems.first?.contains("closes the quoted field that starts at line 3") == true, "\(problems)")
        #expect(problems.first?.contains("write a quote inside a quoted field as two quotes") == true)
    }

    @Test("A quote never closed is refused where it opens, saying it runs to the end of the file")
    func unclosedQuote() throws {
        let text = Self.header + Self.row("ldld-tp-tay-ninh", "\"Tốt") + Self.row("ldld-go-dau", "Đủ")
        let problems = try refusal("unclosed.csv", Data(text.utf8))
        #expect(problems == ["unclosed.csv:2:79: this quoted field is never closed: it runs to the end of the file (line 4, column 1) and takes in every row after it; add the closing quote, or write a quote inside a field as two quotes (\"\")"])
    }

    @Test("A column named twice is refused at the second, in CSV and in a workbook")
    func duplicatedColumn() throws {
        let csv = "directive,obligation,unit,period,received,can_bo_tong,can_bo_tong,co_ke_hoach\n439/KH-LĐLĐ,bao-cao-ket-qua,ldld-tp-tay-ninh,2023,2023-10-29,105,106,có\n"
        #expect(try refusal("twice.csv", Data(csv.utf8))
            == ["twice.csv:1:55: the column 'can_bo_tong' is named twice: here and as the header's column 6; which value counts cannot be told; delete one of them or name it after its field"])
        let sheet = Self.sheet([["directive", "obligation", "unit", "period", "received", "can_bo_tong", "can_bo_tong"],
                                ["439/KH-LĐLĐ", "bao-cao-ket-qua", "ldld-tp-tay-ninh", "2023", "2023-10-29", "105", "106"]])
        #expect(try refusal("twice.xlsx", Self.workbook(sheet: sheet)).first?.hasPrefix("twice.xlsx:1:7: the column 'can_bo_tong' is named twice") == true)
    }

    @Test("A NUL or another control character in a cell is refused at the cell: CSV, JSON and a workbook's _x0000_")
    func controlCharacters() throws {
        let csv = Self.header + Self.row("ldld-tp-tay-ninh", "\"Tốt\u{0}ẩn\"")
        #expect(try refusal("nul.csv", Data(csv.utf8))
            == ["nul.csv:2:83: this cell holds a control character NUL (U+0000); it is invisible in a spreadsheet and would cut the text in the report: delete it and save the file again"])
        let bell = Self.header + Self.row("ldld-tp-tay-ninh", "Tốt\u{7}")
        #expect(try refusal("bell.csv", Data(bell.utf8)).first?.contains("BEL (U+0007)") == true)
        let json = #"[{"directive":"439/KH-LĐLĐ","obligation":"bao-cao-ket-qua","unit":"ldld-tp-tay-ninh","period":"2023","received":"2023-10-29","narrative":"a\u0000b","values":{"can_bo_tong":"5"}}]"#
        #expect(try refusal("nul.json", Data(json.utf8)).first?.contains("this value holds a control character NUL (U+0000)") == true)
        let sheet = Self.sheet([["directive", "obligation", "unit", "period", "received", "narrative"],
                                ["439/KH-LĐLĐ", "bao-cao-ket-qua", "ldld-tp-tay-ninh", "2023", "2023-10-29", "Tốt_x0000_ẩn"]])
        #expect(try refusal("nul.xlsx", Self.workbook(sheet: sheet))
            == ["nul.xlsx:2:6: cell F2 holds a control character NUL (U+0000); it is invisible in a spreadsheet and would cut the text in the report: delete it and save the file again"])
    }

    @Test("A workbook's cell that names a shared text it does not have, or XML with an entity never declared, is refused, not read as an empty cell")
    func damagedWorkbook() throws {
        var sheet = Self.sheet([["directive", "obligation", "unit", "period", "received", "narrative"],
                                ["439/KH-LĐLĐ", "bao-cao-ket-qua", "ldld-tp-tay-ninh", "2023", "2023-10-29", "Tốt"]])
        sheet = sheet.replacingOccurrences(of: "<c r=\"F2\" t=\"s\"><v>11</v>", with: "<c r=\"F2\" t=\"s\"><v>57</v>")
        #expect(try refusal("index.xlsx", Self.workbook(sheet: sheet))
            == ["index.xlsx:2:6: cell F2 refers to shared text '57', but the workbook has 12, numbered 0 to 11: the workbook is damaged; save it again from Excel or LibreOffice"])
        let entity = try Self.workbook(sheet: Self.sheet([["directive", "narrative"], ["439/KH-LĐLĐ", "Tốt &nbsp; lắm"]]))
        let problems = try refusal("entity.xlsx", entity)
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("entity.xlsx:1:1: cannot read the workbook: its part xl/sharedStrings.xml is not well-formed XML at line 1") == true, "\(problems)")
    }

    @Test("Office Open XML's escapes are read as the characters they stand for")
    func escapes() {
        #expect(XLSXSheet.unescaped("a_x000D_b") == "a\rb")
        #expect(XLSXSheet.unescaped("_x005F_x0041_") == "_x0041_")
        #expect(XLSXSheet.unescaped("so_x_lieu_x12") == "so_x_lieu_x12")
        #expect(XLSXSheet.unescaped("Đã_x0020_xong") == "Đã xong")
        for text in ["_x0041_", "a_x005F_b", "so_x_lieu", "_x00_", "Tốt"] {
            #expect(XLSXSheet.unescaped(XLSXSheet.escaped(text)) == text, "\(text)")
        }
    }

    @Test("A unit file with a quote never closed is refused, not read as one unit fewer")
    func unitFile() throws {
        let table = CSVTable(text: "id,name,level\na,\"Đơn vị A,grassroots\nb,B,grassroots\n")
        #expect(table.problems.map(\.line) == [2])
        #expect(CSVTable(text: "id,name\na,\"x\"\"y\"\nb,\"đ\"\n").problems.isEmpty, "doubled quotes are fine")
        #expect(CSVTable(text: "a,b\n5\" màn hình,x\n").problems.isEmpty, "a quote inside an unquoted field is read as written")
    }

    // MARK: Workbooks

    /// A worksheet of shared strings: each row's cells, in order from column A.
    static func sheet(_ rows: [[String]]) -> String {
        var index = 0
        let body = rows.enumerated().map { r, cells in
            "<row r=\"\(r + 1)\">" + cells.enumerated().map { c, _ in
                defer { index += 1 }
                return "<c r=\"\(XLSXSheet.reference(row: r + 1, column: c))\" t=\"s\"><v>\(index)</v></c>"
            }.joined() + "</row>"
        }.joined()
        let strings = rows.flatMap { $0 }.map { "<si><t>\($0)</t></si>" }.joined()
        return "<worksheet><sheetData>\(body)</sheetData></worksheet>\n<!--strings-->\(strings)"
    }

    /// A workbook of `sheet` (from ``sheet(_:)``): its worksheet and shared strings, nothing else.
    static func workbook(sheet: String) throws -> Data {
        let parts = sheet.components(separatedBy: "\n<!--strings-->")
        let archive = try Archive(accessMode: .create)
        try archive.addPart("xl/worksheets/sheet1.xml", Data(parts[0].utf8))
        try archive.addPart("xl/sharedStrings.xml", Data("<sst>\(parts[1])</sst>".utf8))
        return try #require(archive.data)
    }
}
