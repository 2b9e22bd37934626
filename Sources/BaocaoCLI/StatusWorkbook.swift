import Baocao

/// The status as an Excel workbook (`baocao status --format xlsx`): the reports, one row per
/// expected report (the rows of the CSV output), then one sheet per group of rates with the
/// numbers of the JSON output (each rate a share from 0 to 1, shown as a percentage), and the
/// plugins' problems when there are any.
struct StatusWorkbook {
    let report: ComplianceReport
    let workspace: Workspace

    /// The sheets' names, in order.
    enum SheetName {
        static let reports = "Báo cáo"
        static let total = "Tổng"
        static let rollup = "Tổng hợp theo đơn vị"
        static let byLevel = "Theo cấp"
        static let byParent = "Theo đơn vị cấp trên"
        static let byObligation = "Theo báo cáo"
    }

    static let reportHeader = ["unit", "unit_name", "level", "directive", "obligation", "period", "deadline", "state",
                               "late_days", "first_received", "submissions"]
    static let rateHeader = ["group", "name", "expected", "received", "on_time", "late", "missing", "not_yet_due",
                             "reporting_rate", "on_time_rate"]

    /// Every expected report with its state: the CSV output's rows, with the deadline a date, the
    /// first arrival a time and the counts numbers.
    var reports: XLSXWorksheet {
        XLSXWorksheet(name: SheetName.reports, header: Self.reportHeader, rows: report.entries.map { entry in
            let names = ScheduleEntry(report: entry.report, workspace: workspace)
            var lateDays = XLSXCell.empty
            if case .late(let days) = entry.state { lateDays = .integer(days) }
            return [.text(entry.report.unit), .text(names.unitName), XLSXCell(names.level), .text(names.directiveNumber),
                    .text(entry.report.obligation), .text(entry.report.period.period.description),
                    entry.report.deadline.map(XLSXCell.date) ?? .empty, .text(entry.state.description), lateDays,
                    entry.firstReceived.map(XLSXCell.time) ?? .empty, .integer(entry.submissions)]
        })
    }

    var workbook: XLSXWorkbook {
        func rates(_ name: String, _ rates: [ComplianceRate]) -> XLSXWorksheet {
            XLSXWorksheet(name: name, header: Self.rateHeader, rows: rates.map { rate in
                [.text(rate.group), .text(rate.name), .integer(rate.expected), .integer(rate.received), .integer(rate.onTime),
                 .integer(rate.late), .integer(rate.missing), .integer(rate.notYetDue),
                 rate.reportingRate.map(XLSXCell.percent) ?? .empty, rate.onTimeRate.map(XLSXCell.percent) ?? .empty]
            })
        }
        return XLSXWorkbook(sheets: [
            reports,
            rates(SheetName.total, [report.total]),
            rates(SheetName.rollup, report.rollup),
            rates(SheetName.byLevel, report.byLevel),
            rates(SheetName.byParent, report.byParent),
            rates(SheetName.byObligation, report.byObligation),
        ] + [ProblemSheet.sheet(report.problems)].compactMap { $0 })
    }
}
