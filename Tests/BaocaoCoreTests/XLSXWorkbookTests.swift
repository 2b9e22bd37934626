import Foundation
import Testing
@testable import BaocaoCore

/// The Excel writer: what it writes the project's own reader reads back, sheet by sheet, with
/// Vietnamese kept and numbers as numbers; what Excel would refuse is refused with the reason.
@Suite("XLSX workbook writer")
struct XLSXWorkbookTests {
    /// `workbook` written to a temporary file, and that file's URL (removed by `body` returning).
    func written<T>(_ workbook: XLSXWorkbook, _ body: (URL) throws -> T) throws -> T {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-xlsx-\(UUID().uuidString).xlsx")
        try workbook.data().write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return try body(url)
    }

    @Test("Several named sheets read back, each with its header and rows: text, numbers, shares, dates, times, booleans")
    func roundTrip() throws {
        let arrival = try #require(ReceivedTime.parse("2023-10-29 14:45"))
        let workbook = XLSXWorkbook(sheets: [
            XLSXWorksheet(name: "Báo cáo", header: ["unit", "unit_name", "deadline", "first_received", "submissions", "late_days"], rows: [
                [.text("ldld-tp-tay-ninh"), .text("LĐLĐ thành phố Tây Ninh"), .date(CalendarDate(year: 2023, month: 11, day: 1)!),
                 .time(arrival), .integer(2), .empty],
                [.text("cdcs-01"), .text("  Công đoàn <cơ sở> & \"A\"  "), .empty, .empty, .integer(0), .integer(12)],
            ]),
            XLSXWorksheet(name: "Tổng hợp theo đơn vị", header: ["group", "reporting_rate", "score", "met"], rows: [
                [.text("all"), .percent(199.0 / 270), .number(73.9), .boolean(true)],
            ]),
        ])
        try written(workbook) { url in
            let first = try XLSXSheet(url: url)
            #expect(first.sheetNames == ["Báo cáo", "Tổng hợp theo đơn vị"])
            #expect(first.rows.count == 3)
            #expect(first.rows[0].cells == [0: "unit", 1: "unit_name", 2: "deadline", 3: "first_received", 4: "submissions", 5: "late_days"])
            #expect(first.rows[1].cells == [0: "ldld-tp-tay-ninh", 1: "LĐLĐ thành phố Tây Ninh", 2: "2023-11-01", 3: "2023-10-29 14:45", 4: "2"])
            #expect(first.rows[2].cells[1] == "  Công đoàn <cơ sở> & \"A\"  ", "spaces at either end and XML's characters kept")
            #expect(first.rows[2].cells[5] == "12")
            let second = try XLSXSheet(url: url, sheet: "Tổng hợp theo đơn vị")
            let rate = try #require(second.rows[1].cells[1].flatMap(Double.init))
            #expect(abs(rate - 199.0 / 270) < 1e-12, "the share itself, not its percentage text")
            #expect(second.rows[1].cells[2] == "73.9")
            #expect(second.rows[1].cells[3] == "true")
            #expect(throws: XLSXSheet.Problem.self) { try XLSXSheet(url: url, sheet: "Không có") }
        }
    }

    @Test("The same sheets give the same bytes")
    func deterministic() throws {
        let workbook = XLSXWorkbook(sheets: [XLSXWorksheet(name: "Tổng", header: ["a"], rows: [[.integer(1)]])])
        #expect(try workbook.data() == workbook.data())
    }

    @Test("The package has the parts Excel needs, the header bold and frozen, the shares shown as percentages")
    func parts() throws {
        let workbook = XLSXWorkbook(sheets: [XLSXWorksheet(name: "Tổng", header: ["rate"], rows: [[.percent(0.5)]])])
        let text = String(decoding: try workbook.data(), as: UTF8.self)
        // The names of the parts are stored in the ZIP's headers as they are.
        for part in ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
                     "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"] {
            #expect(text.contains(part), "no part \(part)")
        }
        #expect(XLSXWorkbook.styles.contains("formatCode=\"0.0%\""))
        #expect(XLSXWorkbook.styles.contains("<b/>"))
    }

    @Test("Column letters are the inverse of the reader's", arguments: [0, 1, 25, 26, 27, 51, 52, 701, 702, 16_383])
    func columnNames(_ index: Int) {
        #expect(XLSXSheet.column(of: XLSXWorkbook.columnName(index) + "1") == index)
    }

    @Test("Names Excel refuses, and two sheets of one name, are refused with the reason", arguments: [
        ("", "it is empty"), ("Theo đơn vị cấp trên trực tiếp của mỗi", "Excel allows 31"), ("Báo cáo [2023]", "it holds '['"),
        ("Q1/Q2", "it holds '/'"), ("'Tổng'", "apostrophe"), ("History", "History"),
    ])
    func badNames(_ name: (String, String)) {
        let workbook = XLSXWorkbook(sheets: [XLSXWorksheet(name: name.0, header: ["a"])])
        let error = #expect(throws: XLSXWorkbookError.self) { try workbook.data() }
        guard case .invalidSheetName(let refused, let reason)? = error else { Issue.record("\(String(describing: error))"); return }
        #expect(refused == name.0)
        #expect(reason.contains(name.1), "\(reason)")
    }

    @Test("No sheet, a repeated name, a cell longer than Excel keeps: each refused")
    func refused() {
        #expect(throws: XLSXWorkbookError.noSheets) { try XLSXWorkbook().data() }
        #expect(throws: XLSXWorkbookError.duplicateSheetName("tổng")) {
            try XLSXWorkbook(sheets: [XLSXWorksheet(name: "Tổng", header: []), XLSXWorksheet(name: "tổng", header: [])]).data()
        }
        let long = String(repeating: "a", count: XLSXWorkbook.maximumTextLength + 1)
        #expect(throws: XLSXWorkbookError.textTooLong(sheet: "A", cell: "B2", characters: long.count)) {
            try XLSXWorkbook(sheets: [XLSXWorksheet(name: "A", header: ["x", "y"], rows: [[.empty, .text(long)]])]).data()
        }
    }

    @Test("A cell's CSV text: numbers without '.0', shares as the share, moments in Vietnam's time")
    func csvText() throws {
        #expect(XLSXCell.integer(12).csvText == "12")
        #expect(XLSXCell.number(73.9).csvText == "73.9")
        #expect(XLSXCell.percent(0.5).csvText == "0.5")
        #expect(XLSXCell.boolean(false).csvText == "false")
        #expect(XLSXCell.time(try #require(ReceivedTime.parse("2023-10-29 14:45"))).csvText == "2023-10-29 14:45")
        #expect(XLSXCell(nil as String?) == .empty)
    }
}
