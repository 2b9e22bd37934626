import Foundation
import Testing
@testable import BaocaoCore

/// Files of one value a row (DHIS2's data value sets, what `baocao export` writes) read by the
/// same reader as files of one submission a row, and checked the same way.
@Suite("Submission files of one value a row")
struct DataValueReaderTests {
    let workspace: Workspace
    let reader: SubmissionFileReader

    init() throws {
        workspace = try WorkspaceLoader(path: Paths.example("tay-ninh")).load()
        reader = SubmissionFileReader(workspace: workspace)
    }

    static let header = "dataElement,period,orgUnit,value,storedBy,created,lastUpdated,directive,obligation,submission,narrative"

    /// Reads `text` as a file named `name`.
    func read(_ text: String, name: String = "values.csv") throws(SubmissionFileError) -> [SubmissionRow] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-\(UUID().uuidString)-\(name)")
        try? Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return try reader.read(url: url, path: name)
    }

    /// The messages of the problems reading `text` gives.
    func problems(_ text: String, name: String = "values.csv") -> [String] {
        do {
            _ = try read(text, name: name)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test("The rows of one submission make one; a resubmission at the same moment is another; a report without values has a row")
    func gathered() throws {
        let rows = try read("""
            \(Self.header)
            can_bo_tong,2023,ldld-tan-chau,71,cli,2023-10-26T15:15:00+07:00,2023-11-05T10:00:00+07:00,439-kh-ldld,bao-cao-ket-qua,4,"Báo cáo, mẫu"
            can_bo_hoc_tap,2023,ldld-tan-chau,61,cli,2023-10-26T15:15:00+07:00,,439-kh-ldld,bao-cao-ket-qua,4,
            co_ke_hoach,2023,ldld-tan-chau,true,portal,2023-10-26T15:15:00+07:00,,439-kh-ldld,bao-cao-ket-qua,9,
            ,2023,ldld-tinh,,cli,2023-10-29T09:15:00+07:00,,439-kh-ldld,ho-so-cham-diem,5,
            can_bo_hoc_tap,2023,ldld-tan-chau,61,cli,2023-10-26T15:15:00+07:00,,439-kh-ldld,bao-cao-ket-qua,9,
            """)
        #expect(rows.count == 3)
        #expect(rows.map(\.row) == [2, 4, 5], "each submission at its first row, in the order of first rows")
        let first = rows[0].submission
        #expect(first.values == ["can_bo_tong": .integer(71), "can_bo_hoc_tap": .integer(61)])
        #expect(first.narrative == "Báo cáo, mẫu")
        #expect(first.receivedAt == ReceivedTime.parse("2023-10-26 15:15"))
        #expect(rows[1].submission.values == ["co_ke_hoach": .boolean(true), "can_bo_hoc_tap": .integer(61)])
        #expect(rows[2].submission.values.isEmpty)
        #expect(rows[2].submission.obligation == "ho-so-cham-diem")
    }

    @Test("JSON {\"dataValues\": [...]} reads as the CSV does")
    func json() throws {
        let rows = try read("""
            {"dataValues": [
              {"dataElement": "diem_tu_cham", "period": "2023", "orgUnit": "ldld-tinh", "value": "73.9", "created": "2023-10-29T02:15:00Z",
               "obligation": "ho-so-cham-diem", "submission": 5, "narrative": "Hồ sơ"},
              {"dataElement": "xep_loai", "period": "2023", "orgUnit": "ldld-tinh", "value": "Trung bình", "created": "2023-10-29T02:15:00Z",
               "obligation": "ho-so-cham-diem", "submission": 5, "storedBy": "cli", "lastUpdated": "2023-11-05T10:00:00+07:00"}
            ]}
            """, name: "values.json")
        #expect(rows.count == 1)
        #expect(rows[0].submission.values == ["diem_tu_cham": .number(73.9), "xep_loai": .rating(.average)])
        #expect(rows[0].submission.narrative == "Hồ sơ")
        #expect(rows[0].submission.receivedAt == ReceivedTime.parse("2023-10-29 09:15"))
    }

    @Test("A wrong row is refused at its cell, in the long shape's words", arguments: [
        ("can_bo_tong,2023,ldld-tan-chau,bảy mươi,cli,2023-10-26T15:15:00+07:00,,,bao-cao-ket-qua,4,",
         "values.csv:2:32: 'bảy mươi' is not a whole number for 'can_bo_tong'"),
        ("can_bo,2023,ldld-tan-chau,71,cli,2023-10-26T15:15:00+07:00,,,bao-cao-ket-qua,4,",
         "'bao-cao-ket-qua' carries no value 'can_bo'"),
        ("can_bo_tong,2023,ldld-tan-chau,71,cli,,,,bao-cao-ket-qua,4,", "values.csv:2:1: row 2 has no created;"),
        ("can_bo_tong,2023,,71,cli,2023-10-26T15:15:00+07:00,,,bao-cao-ket-qua,4,", "row 2 has no orgUnit;"),
        (",2023,ldld-tan-chau,71,cli,2023-10-26T15:15:00+07:00,,,bao-cao-ket-qua,4,", "row 2 has a value but no dataElement"),
    ])
    func wrongRow(_ wrong: (String, String)) {
        let found = problems("\(Self.header)\n\(wrong.0)\n")
        #expect(found.contains { $0.contains(wrong.1) }, "\(found)")
    }

    @Test("A value given twice, and two narratives for one submission, are refused")
    func ambiguous() {
        let found = problems("""
            \(Self.header)
            can_bo_tong,2023,ldld-tan-chau,71,cli,2023-10-26T15:15:00+07:00,,,bao-cao-ket-qua,4,Một
            can_bo_tong,2023,ldld-tan-chau,72,cli,2023-10-26T15:15:00+07:00,,,bao-cao-ket-qua,4,Hai
            """)
        #expect(found.contains { $0.contains("row 3 gives 'can_bo_tong' of its submission again (first on row 2)") }, "\(found)")
        #expect(found.contains { $0.contains("row 3 gives its submission another narrative than row 2 does") }, "\(found)")
    }

    @Test("A header of the long shape without its columns, or with a wide shape's, says which")
    func header() {
        let found = problems("dataElement,period,unit,value,received,obligation\ncan_bo_tong,2023,ldld-tan-chau,71,2023-10-26,bao-cao-ket-qua\n")
        #expect(found.contains { $0.contains("values.csv:1:3: 'unit' is no column of a file of one value a row; a file of one value a row names it 'orgUnit'") }, "\(found)")
        #expect(found.contains { $0.contains("names it 'created'") }, "\(found)")
        #expect(found.contains { $0.contains("the header row has no 'orgUnit' column") }, "\(found)")
    }
}
