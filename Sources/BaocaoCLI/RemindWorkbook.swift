import Baocao

/// The reminders as an Excel workbook (`baocao remind --format xlsx`): one row per report to
/// chase, with the body (and department) it must go to, the JSON output's fields; and the
/// plugins' problems when there are any.
struct RemindWorkbook {
    let groups: [RemindersJSON.Group]
    let problems: [RuleProblem]

    static let header = ["to", "to_name", "through", "through_name", "unit", "unit_name", "directive", "directive_number", "obligation", "title",
                         "period", "deadline", "state", "days_overdue"]

    var workbook: XLSXWorkbook {
        let reports = XLSXWorksheet(name: "Nhắc báo cáo", header: Self.header, rows: groups.flatMap { group in
            group.reports.map { item in
                [.text(group.to), .text(group.toName), XLSXCell(group.through), XLSXCell(group.throughName), .text(item.unit),
                 .text(item.unitName), .text(item.directive), .text(item.directiveNumber), .text(item.obligation), .text(item.title), .text(item.period),
                 .date(item.deadline), .text(item.state), item.daysOverdue.map(XLSXCell.integer) ?? .empty]
            }
        })
        return XLSXWorkbook(sheets: [reports] + [ProblemSheet.sheet(problems)].compactMap { $0 })
    }
}
