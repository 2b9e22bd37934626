import Baocao
import Foundation

/// The schedule as CSV (UTF-8 with a byte-order mark, CRLF, a header row), for a spreadsheet.
struct ScheduleCSV {
    let entries: [ScheduleEntry]

    static let header = ["deadline", "unit", "unit_name", "directive", "obligation", "title", "period",
                         "cutoff_from", "cutoff_to", "to", "through", "route", "decided_by"]

    func text() throws -> String {
        try CSVOutput.text([Self.header] + entries.map { entry in
            let report = entry.report
            return [
                report.deadline?.description ?? "", report.unit, entry.unitName, entry.directiveNumber,
                report.obligation, entry.title, report.period.period.description,
                report.period.cutoffFrom.description, report.period.cutoffTo.description,
                report.routes.map(\.to).joined(separator: ";"),
                report.routes.map { $0.through?.id ?? "" }.joined(separator: ";"),
                entry.routeText, entry.decidedByText,
            ]
        })
    }
}
