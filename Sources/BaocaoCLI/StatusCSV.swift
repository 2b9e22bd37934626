import Baocao
import Foundation

/// The status as CSV (UTF-8 with a byte-order mark, CRLF): one row per expected report, then,
/// after an empty line, a second table of the rates — the total, per level, per report, per
/// parent and rolled up — as Excel opens both in one sheet.
struct StatusCSV {
    let report: ComplianceReport
    let workspace: Workspace

    func text() throws -> String {
        // The reports: the workbook's first sheet (``StatusWorkbook/reports``).
        try CSVOutput.text(StatusWorkbook(report: report, workspace: workspace).reports.csvRows) + "\r\n" + CSVOutput.text(rateRows()).dropFirst(CSVOutput.byteOrderMark.count)
    }

    /// The rates, one row per group: what the table prints under "Total", "By level" and so on.
    func rateRows() -> [[String]] {
        let header = ["breakdown", "group", "name", "expected", "received", "on_time", "late", "missing", "not_yet_due",
                      "reporting_rate_percent", "on_time_rate_percent"]
        let parents = Set(report.byParent.map(\.group))
        let sections: [(String, [ComplianceRate])] = [
            ("total", report.entries.isEmpty ? [] : [report.total]), ("level", report.byLevel), ("report", report.byObligation),
            // As the table shows it: a unit's rollup when units below it owe reports (a unit alone
            // is its own rows above).
            ("parent", report.byParent), ("rollup", report.rollup.filter { parents.contains($0.group) }),
        ]
        func percent(_ rate: Double?) -> String { rate.map { String(format: "%.1f", $0 * 100) } ?? "" }
        return [header] + sections.flatMap { section, rates in
            rates.map { rate in
                [section, rate.group, rate.name, "\(rate.expected)", "\(rate.received)", "\(rate.onTime)", "\(rate.late)",
                 "\(rate.missing)", "\(rate.notYetDue)", percent(rate.reportingRate), percent(rate.onTimeRate)]
            }
        }
    }
}
