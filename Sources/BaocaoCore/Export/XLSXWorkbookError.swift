/// Why ``XLSXWorkbook/data()`` wrote no workbook: what it was given is something Excel would refuse
/// or have to repair, so nothing is written rather than a file Excel calls damaged.
public enum XLSXWorkbookError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A workbook needs at least one sheet.
    case noSheets
    /// Excel does not take this sheet name; `reason` says why.
    case invalidSheetName(String, reason: String)
    /// Two sheets have this name (Excel compares names without regard to case).
    case duplicateSheetName(String)
    /// The sheet has more rows (the header included) than a worksheet holds (1,048,576).
    case tooManyRows(sheet: String, rows: Int)
    /// A row of the sheet has more cells than a worksheet has columns (16,384).
    case tooManyColumns(sheet: String, columns: Int)
    /// A cell holds more text than Excel keeps in one cell (32,767 characters).
    case textTooLong(sheet: String, cell: String, characters: Int)
    /// The ZIP package could not be made.
    case archive(reason: String)

    public var description: String {
        switch self {
        case .noSheets:
            "a workbook needs at least one sheet"
        case .invalidSheetName(let name, let reason):
            "'\(name)' cannot name a sheet: \(reason); a sheet name has 1 to \(XLSXWorksheet.maximumNameLength) characters, none of [ ] : * ? / \\"
        case .duplicateSheetName(let name):
            "two sheets are named '\(name)'; give each sheet of a workbook its own name"
        case .tooManyRows(let sheet, let rows):
            "sheet '\(sheet)' has \(rows) rows and a worksheet holds \(XLSXWorkbook.maximumRows); narrow the question (a period, a directive, a unit) or write CSV or JSON instead"
        case .tooManyColumns(let sheet, let columns):
            "sheet '\(sheet)' has a row of \(columns) cells and a worksheet has \(XLSXWorkbook.maximumColumns) columns"
        case .textTooLong(let sheet, let cell, let characters):
            "cell \(cell) of sheet '\(sheet)' holds \(characters) characters and Excel keeps at most \(XLSXWorkbook.maximumTextLength) in a cell; write CSV or JSON instead"
        case .archive(let reason):
            "cannot make the workbook's ZIP package: \(reason)"
        }
    }
}
