@testable import BaocaoCore
import Foundation
import Testing
@testable import BaocaoStore

/// The embedded store: a file goes in whole or not at all, the same file twice adds nothing, a
/// resubmission is kept beside the first.
@Suite("Submission store and ingest")
struct SubmissionStoreTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    let workspace: Workspace
    let reader: SubmissionFileReader

    init() throws {
        workspace = try WorkspaceLoader(path: Self.root.appendingPathComponent("examples/tay-ninh").path).load()
        reader = SubmissionFileReader(workspace: workspace)
    }

    func fixture(_ name: String) -> URL { Self.root.appendingPathComponent("Tests/Fixtures/submissions/\(name)") }

    func ingest(_ name: String, into store: SubmissionStore) throws -> IngestOutcome {
        let url = fixture(name)
        let rows = try reader.read(url: url, path: name)
        return try store.ingest(rows, from: name, content: try Data(contentsOf: url))
    }

    /// Everything the store holds, as text: what "unchanged" is checked against.
    func dump(_ store: SubmissionStore) throws -> String {
        let files = try store.sourceFiles().map { "\($0.id) \($0.path) \($0.sha256) \($0.ingestedAt) \($0.rows)" }
        let rows = try store.submissions().map { stored in
            let submission = stored.submission
            let values = submission.values.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
            return "\(stored.id) \(stored.row) \(submission.directive) \(submission.obligation) \(submission.unit) "
                + "\(submission.period) \(submission.receivedAt.timeIntervalSince1970) \(submission.narrative ?? "") \(values)"
        }
        return (files + rows).joined(separator: "\n")
    }

    @Test("A CSV file is stored with its rows; the same file again adds nothing")
    func ingestTwice() throws {
        let store = try SubmissionStore(path: ":memory:")
        #expect(try ingest("districts.csv", into: store) == .added(3))
        guard case .alreadyIngested(let path, _) = try ingest("districts.csv", into: store) else {
            Issue.record("the second ingest added something")
            return
        }
        #expect(path == "districts.csv")
        let stored = try store.submissions()
        #expect(stored.count == 3)
        #expect(stored.map(\.row) == [2, 3, 4])
        let goDau = try #require(stored.first { $0.submission.unit == "ldld-go-dau" })
        #expect(goDau.submission.values["can_bo_tong"] == .integer(85))
        #expect(goDau.submission.values["co_ke_hoach"] == .boolean(true))
        #expect(ReceivedTime.text(of: goDau.submission.receivedAt) == "2023-10-31 16:40")
        #expect(goDau.submission.source == "districts.csv")
    }

    @Test("A file with one bad row is refused, named by row and column, and the store is unchanged")
    func badRow() throws {
        let store = try SubmissionStore(path: ":memory:")
        _ = try ingest("districts.csv", into: store)
        let before = try dump(store)
        #expect {
            try ingest("bad-row.csv", into: store)
        } throws: { error in
            guard let error = error as? SubmissionFileError else { return false }
            return error.diagnostics.map(\.description)
                == ["bad-row.csv:4:52: 'sáu mươi tư' is not a whole number for 'can_bo_tong' (Tổng số cán bộ, công chức, viên chức)"]
        }
        #expect(try dump(store) == before)
    }

    @Test("A resubmission is kept beside the first: the history is never overwritten")
    func resubmission() throws {
        let store = try SubmissionStore(path: ":memory:")
        _ = try ingest("districts.csv", into: store)
        #expect(try ingest("districts-resubmitted.csv", into: store) == .added(1))
        let goDau = try store.submissions().filter { $0.submission.unit == "ldld-go-dau" }
        #expect(goDau.map { $0.submission.values["can_bo_tong"] } == [.integer(85), .integer(86)])
        #expect(goDau.map(\.submission.source) == ["districts.csv", "districts-resubmitted.csv"])
    }

    @Test("JSON submissions: the directive by number, ratings typed by the workspace's fields")
    func json() throws {
        let store = try SubmissionStore(path: ":memory:")
        #expect(try ingest("grassroots.json", into: store) == .added(2))
        let first = try #require(store.submissions().first?.submission.typed(by: workspace))
        #expect(first.directive == "439-kh-ldld")
        #expect(first.values["xep_loai"] == .rating(.good))
        #expect(ReceivedTime.text(of: first.receivedAt) == "2023-10-20 14:00")
    }

    @Test("Every problem of a file is named: unknown unit, a unit that owes nothing, bad period, unknown value")
    func problems() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-subs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("many.csv")
        try """
            obligation,unit,period,received,co_ke_hoch
            bao-cao-ket-qua,ldld-go-dao,2023,2023-10-27,có
            bao-cao-ket-qua,cdcs-tay-ninh-01,2023,2023-10-27,có
            bao-cao-ket-qua,ldld-go-dau,2023-H1,2023-10-27,có
            bao-cao-ket-qua,ldld-go-dau,2023,27/10/2023 25:00,có
            """.write(to: file, atomically: true, encoding: .utf8)
        let error = #expect(throws: SubmissionFileError.self) { try reader.read(url: file, path: "many.csv") }
        let messages = error?.diagnostics.map(\.description) ?? []
        #expect(messages.contains { $0.hasPrefix("many.csv:2:17: no unit has the id 'ldld-go-dao'; did you mean 'ldld-go-dau'?") })
        #expect(messages.contains { $0.hasPrefix("many.csv:3:17:") && $0.contains("does not owe 'bao-cao-ket-qua'") })
        #expect(messages.contains { $0.hasPrefix("many.csv:4:29: 'bao-cao-ket-qua' is owed năm, not for a period like '2023-H1'") })
        #expect(messages.contains { $0.hasPrefix("many.csv:5:34: '27/10/2023 25:00' is not a time of arrival") })
        #expect(messages.contains { $0.contains("carries no value 'co_ke_hoch'; did you mean 'co_ke_hoach'?") })
    }

    @Test("The store on disk is created on first use under the workspace's .baocao folder and reopened")
    func onDisk() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-store-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        do {
            let store = try SubmissionStore(workspaceFolder: folder.path)
            #expect(try ingest("districts.csv", into: store) == .added(3))
        }
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(".baocao/store.sqlite").path))
        let reopened = try SubmissionStore(workspaceFolder: folder.path)
        #expect(try reopened.submissions().count == 3)
    }

    @Test("An Excel workbook as officials fill it in: dates typed as dates, TRUE as yes; a bad cell is named")
    func xlsx() throws {
        let store = try SubmissionStore(path: ":memory:")
        #expect(try ingest("districts.xlsx", into: store) == .added(2))
        let stored = try store.submissions().map(\.submission)
        let tanBien = try #require(stored.first { $0.unit == "ldld-tan-bien" })
        #expect(ReceivedTime.text(of: tanBien.receivedAt) == "2023-10-30 14:20", "an Excel date-time cell")
        #expect(tanBien.values["can_bo_tong"] == .integer(95))
        #expect(tanBien.narrative == "Gửi qua thư điện tử.")
        let tanChau = try #require(stored.first { $0.unit == "ldld-tan-chau" })
        #expect(tanChau.values["co_ke_hoach"] == .boolean(true), "an Excel TRUE")
        #expect(ReceivedTime.text(of: tanChau.receivedAt) == "2023-11-03 08:00", "a date typed as text")

        let error = #expect(throws: SubmissionFileError.self) {
            try reader.read(url: fixture("bad-cell.xlsx"), path: "bad-cell.xlsx")
        }
        #expect(error?.diagnostics.map(\.description)
                == ["bad-cell.xlsx:2:5: 'chín mươi' is not a whole number for 'can_bo_tong' (Tổng số cán bộ, công chức, viên chức)"])
    }

    /// A hostile cell reference past column XFD ("ZZZZZZZZZZZZZZ1") used to overflow the column
    /// number (a trap) or make a row millions of cells wide.
    @Test("Cell references past column XFD count as none")
    func columnsPastXFD() {
        #expect(XLSXSheet.column(of: "ZZZZZZZZZZZZZZZZZZZZ1") == nil, "no overflow")
        #expect(XLSXSheet.column(of: "XFD1") == 16_383)
        #expect(XLSXSheet.column(of: "XFE1") == nil)
        #expect(XLSXSheet.column(of: "AA7") == 26)
    }

    /// Found by `make fuzz` (fuzz-xlsx): a damaged workbook whose styles part unpacks without end
    /// (more bytes than its entry says) kept ZIPFoundation inflating for minutes. Parts are now
    /// read within their stated size and 256 MiB, and the file is refused.
    @Test("A workbook whose part unpacks to more than it says is refused")
    func fuzzedEndlessPart() throws {
        let error = #expect(throws: SubmissionFileError.self) {
            try reader.read(url: fixture("fuzz-xlsx-timeout.xlsx"), path: "fuzz-xlsx-timeout.xlsx")
        }
        #expect(error?.diagnostics.first?.description.contains("unpacks to more bytes than it says it has") == true, "\(String(describing: error))")
    }

    /// Found by `make fuzz` (fuzz-xlsx): cells without a reference took the column after the row's
    /// largest, found by looking at every cell of the row each time; a sheet of long rows of such
    /// cells took minutes. They now take the next column directly, and stop at XFD.
    @Test("Cells without a reference fill the next columns, up to XFD")
    func cellsWithoutReferences() throws {
        let cells = String(repeating: "<c><v>1</v></c>", count: XLSXSheet.maximumColumns + 10)
        let xml = "<worksheet><sheetData><row r=\"1\"><c r=\"C1\"><v>7</v></c><c><v>8</v></c></row><row>\(cells)</row></sheetData></worksheet>"
        let rows = try SheetRows(data: Data(xml.utf8), part: "sheet1.xml", strings: [], dateStyles: []).rows
        #expect(rows.count == 2)
        #expect(rows[0].cells == [2: "7", 3: "8"])
        #expect(rows[1].number == 2)
        #expect(rows[1].cells.count == XLSXSheet.maximumColumns)
        #expect(rows[1].cells.keys.max() == XLSXSheet.maximumColumns - 1)
    }

    /// Found by `make fuzz` (fuzz-xlsx): a huge number in a cell formatted as a date trapped when
    /// turned into a whole number of days. It is kept as written.
    @Test("A number in a date cell that is no day Excel has stays as written", arguments: ["1e300", "-5", "nan", "inf", "2958466"])
    func impossibleDates(text: String) throws {
        let xml = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" s=\"1\"><v>\(text)</v></c></row></sheetData></worksheet>"
        let rows = try SheetRows(data: Data(xml.utf8), part: "sheet1.xml", strings: [], dateStyles: [1]).rows
        #expect(rows.first?.cells[0] == text)
        #expect(XLSXSheet.dateText(serial: 45_229.6) == "2023-10-30 14:24")
        #expect(XLSXSheet.dateText(serial: XLSXSheet.lastSerial) == "9999-12-31")
    }

    /// Found by `make fuzz` (fuzz-xlsx): invalid UTF-8 in an element name made Foundation's XML
    /// parser trap, killing the process (and the portal with it). Now the part is refused before
    /// it is parsed. (`fuzz-xlsx-crash.xlsx`, the fuzzer's own input, is now refused even earlier:
    /// its damaged sheet unpacks to more than it says.)
    @Test("A workbook with invalid UTF-8 in its XML is refused, not a crash",
          arguments: [("invalid-utf8-name.xlsx", "is not UTF-8 text"), ("fuzz-xlsx-crash.xlsx", "unpacks to more bytes than it says it has")])
    func fuzzedInvalidUTF8(file: String, reason: String) throws {
        let error = #expect(throws: SubmissionFileError.self) {
            try reader.read(url: fixture(file), path: file)
        }
        #expect(error?.diagnostics.first?.description.contains(reason) == true, "\(String(describing: error))")
    }

    @Test("A file that is not a workbook is refused in plain words")
    func notAWorkbook() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("renamed.xlsx")
        try "obligation,unit\n".write(to: file, atomically: true, encoding: .utf8)
        let error = #expect(throws: SubmissionFileError.self) { try reader.read(url: file, path: "renamed.xlsx") }
        #expect(error?.diagnostics.first?.description.contains("not a ZIP archive, so not an .xlsx workbook") == true)
    }
}

@Suite("Rows read from a file")
struct SubmissionRowTests {
    @Test("A row knows where each value and each standard column was written; equal rows compare equal however built")
    func locations() throws {
        let workspace = try WorkspaceLoader(path: SubmissionStoreTests.root.appendingPathComponent("examples/tay-ninh").path).load()
        let csv = """
            directive,obligation,unit,period,received,can_bo_tong,can_bo_hoc_tap,co_ke_hoach
            439/KH-LĐLĐ,bao-cao-ket-qua,ldld-go-dau,2023,2023-10-29 14:45,40,38,có
            """
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-row-\(UUID().uuidString).csv")
        try csv.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let row = try #require(try SubmissionFileReader(workspace: workspace).read(url: url, path: "go-dau.csv").first)
        #expect(row.locations["unit"]?.description == "go-dau.csv:2:29")
        #expect(row.locations["can_bo_hoc_tap"]?.description == "go-dau.csv:2:66")
        #expect(row.locations.count == 8)
        var rebuilt = SubmissionRow(row: row.row, submission: row.submission, locations: row.locations, start: row.start)
        #expect(rebuilt == row && rebuilt.hashValue == row.hashValue)
        rebuilt.locations = row.locations
        #expect(rebuilt == row)
    }
}

@Suite("The store's JSON of values")
struct ValuesJSONTests {
    @Test("Written directly or by JSONEncoder, the text is the same", arguments: [
        [:],
        ["doan_vien": .integer(120), "co_ke_hoach": .boolean(true), "a-b": .integer(-3)],
        ["can_bo_tong": .integer(105), "xep_loai": .rating(.good)],
        ["diem": .number(8.5), "ghi_chu": .text("có \"ngoặc\"\n")],
        ["ngày": .boolean(false)],
    ] as [[String: FieldValue]])
    func sameText(_ values: [String: FieldValue]) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        #expect(try SubmissionStore.json(values) == String(decoding: try encoder.encode(values), as: UTF8.self))
    }

    @Test("One writer for a file's rows: the same text for each row, whatever the row before it carried")
    func oneWriterManyRows() throws {
        let rows: [[String: FieldValue]] = [
            ["doan_vien": .integer(120), "co_ke_hoach": .boolean(true)],
            ["doan_vien": .integer(7), "co_ke_hoach": .boolean(false)],
            ["doan_vien": .integer(7), "moi": .integer(1)],           // as many keys, not the same ones
            ["doan_vien": .integer(7)],                               // fewer
            ["doan_vien": .integer(7), "xep_loai": .rating(.good)],   // a value written by JSONEncoder
            ["doan_vien": .integer(8), "moi": .integer(2)],
            [:],
        ]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var writer = ValuesJSON()
        for values in rows {
            #expect(try writer.text(values) == String(decoding: try encoder.encode(values), as: UTF8.self))
        }
    }

    @Test("Read back directly or by JSONDecoder, the values are the same", arguments: [
        [:],
        ["doan_vien": .integer(120), "co_ke_hoach": .boolean(true), "a-b": .integer(-3)],
        ["can_bo_tong": .integer(105), "xep_loai": .rating(.good)],
        ["diem": .number(8.5), "ghi_chu": .text("có \"ngoặc\"\n")],
        ["ngày": .boolean(false)],
        ["so": .integer(Int.max), "am": .integer(Int.min + 1)],
    ] as [[String: FieldValue]])
    func sameValues(_ values: [String: FieldValue]) throws {
        let text = try SubmissionStore.json(values)
        let decoded = try JSONDecoder().decode([String: FieldValue].self, from: Data(text.utf8))
        #expect((StoredSubmission.flatValues(text) ?? decoded) == decoded)
    }

    @Test("Text the direct reader does not know is left to JSONDecoder", arguments: [
        "{\"a\":1.5}", "{\"a\":01}", "{\"a\":\"x\"}", "{\"a\":1,}", "{\"a\":1} ", "{\"a\":99999999999999999999}", "{}x", "{\"\":1}",
    ])
    func unknownForms(_ text: String) {
        #expect(StoredSubmission.flatValues(text) == nil)
    }
}

@Suite("The store's time of ingest")
struct IngestTimestampTests {
    @Test("Written as ISO8601DateFormatter writes it")
    func timestamp() {
        for seconds in [0.0, 1_698_650_405.75, 1_719_792_000, 4_102_444_799.999] {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(SubmissionStore.timestamp(date) == ISO8601DateFormatter().string(from: date))
        }
    }
}
