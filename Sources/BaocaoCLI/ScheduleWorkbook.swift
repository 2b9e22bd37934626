import Baocao

/// The schedule as an Excel workbook (`baocao schedule --format xlsx`): one row per report due,
/// the CSV output's rows with the days as dates, and the plugins' problems when there are any.
struct ScheduleWorkbook {
    let entries: [ScheduleEntry]
    let problems: [RuleProblem]

    static let header = ["deadline", "unit", "unit_name", "directive", "obligation", "title", "period",
                         "cutoff_from", "cutoff_to", "to", "through", "route", "decided_by"]

    /// The reports due, as the "Lịch báo cáo" sheet.
    var reports: XLSXWorksheet {
        XLSXWorksheet(name: "Lịch báo cáo", header: Self.header, rows: entries.map { entry in
            let report = entry.report
            return [
                report.deadline.map(XLSXCell.date) ?? .empty, .text(report.unit), .text(entry.unitName),
                .text(entry.directiveNumber), .text(report.obligation), .text(entry.title),
                .text(report.period.period.description), .date(report.period.cutoffFrom), .date(report.period.cutoffTo),
                .text(report.routes.map(\.to).joined(separator: ";")),
                .text(report.routes.map { $0.through?.id ?? "" }.joined(separator: ";")),
                .text(entry.routeText), .text(entry.decidedByText),
            ]
        })
    }

    var workbook: XLSXWorkbook {
        XLSXWorkbook(sheets: [reports] + [ProblemSheet.sheet(problems)].compactMap { $0 })
    }
}
