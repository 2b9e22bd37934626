import Baocao

/// A directive's targets as an Excel workbook (`baocao indicators --format xlsx`): one row per
/// target with the JSON output's fields, one row per unit failing a target (the table's "failing"
/// list, whole), and the plugins' problems when there are any.
struct IndicatorsWorkbook {
    let results: [IndicatorResult]
    let tree: OrganisationTree
    let problems: [RuleProblem]

    static let targetHeader = ["id", "item", "text", "target", "aspirational", "population", "meeting", "achieved", "met", "failing"]
    static let failureHeader = ["target", "item", "unit", "unit_name", "reason"]

    var workbook: XLSXWorkbook {
        let targets = XLSXWorksheet(name: "Chỉ tiêu", header: Self.targetHeader, rows: results.map { result in
            let target = result.target
            return [.text(target.id), XLSXCell(target.item), .text(target.text), .text(target.target.description),
                    .boolean(target.isAspirational), .integer(result.population), result.meeting.map(XLSXCell.integer) ?? .empty,
                    result.achieved.map(XLSXCell.number) ?? .empty, result.isMet.map(XLSXCell.boolean) ?? .empty,
                    .integer(result.failures.count)]
        })
        let failing = XLSXWorksheet(name: "Đơn vị không đạt", header: Self.failureHeader, rows: results.flatMap { result in
            result.failures.map { failure in
                [.text(result.target.id), XLSXCell(result.target.item), .text(failure.unit),
                 .text(tree.name(of: failure.unit) ?? failure.unit), .text(failure.reason)]
            }
        })
        return XLSXWorkbook(sheets: [targets, failing] + [ProblemSheet.sheet(problems)].compactMap { $0 })
    }
}
