import Baocao

/// The export as an Excel workbook (`baocao export --format xlsx`): the rows of the CSV export on
/// one sheet, the values of number fields as numbers; the times stay ISO 8601 text (to the second
/// and with the offset), so that `baocao ingest` reads the workbook back to the same arrivals.
struct ExportWorkbook {
    let values: [DataValue]
    let workspace: Workspace

    var workbook: XLSXWorkbook {
        var types: [String: [FieldID: FieldType]] = [:]
        let rows = values.map { value -> [XLSXCell] in
            let key = value.directive + "/" + value.obligation
            if types[key] == nil {
                let fields = workspace.directive(value.directive)?.obligation(value.obligation)?.fields ?? []
                types[key] = Dictionary(fields.map { ($0.id, $0.type) }, uniquingKeysWith: { first, _ in first })
            }
            return zip(DataValue.Column.allCases, value.cells).map { column, text -> XLSXCell in
                switch column {
                case .value:
                    let type = value.dataElement.flatMap { types[key]?[$0] }
                    if type == .integer || type == .number, let number = Double(text), number.isFinite { return .number(number) }
                    return .text(text)
                case .submission:
                    return value.submission.map { .number(Double($0)) } ?? .empty
                default:
                    return .text(text)
                }
            }
        }
        return XLSXWorkbook(sheets: [XLSXWorksheet(name: "Số liệu", header: DataValue.Column.allCases.map(\.rawValue), rows: rows)])
    }
}
