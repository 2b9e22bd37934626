/// One named sheet of an ``XLSXWorkbook``: a header row (bold, kept in view while scrolling) and
/// rows of cells.
///
/// The name is what Excel shows on the sheet's tab; ``XLSXWorkbook/data()`` refuses a name Excel
/// would refuse (see ``XLSXWorkbookError``) instead of writing a workbook Excel has to repair.
public struct XLSXWorksheet: Sendable, Hashable {
    /// The tab's name: at most 31 characters, none of `[ ] : * ? / \`.
    public var name: String
    /// The column names, written as the first row; empty for a sheet without one.
    public var header: [String]
    /// The rows below the header, each a list of cells from column A on.
    public var rows: [[XLSXCell]]

    public init(name: String, header: [String], rows: [[XLSXCell]] = []) {
        self.name = name
        self.header = header
        self.rows = rows
    }

    /// The header and the rows as text, as a CSV file writes them (``XLSXCell/csvText``).
    public var csvRows: [[String]] {
        (header.isEmpty ? [] : [header]) + rows.map { $0.map(\.csvText) }
    }

    /// The most characters a sheet's name may have in Excel.
    public static let maximumNameLength = 31
    /// The characters a sheet's name may not hold in Excel.
    public static let forbiddenNameCharacters: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// Why Excel would refuse `name` for a sheet, in words; nil when it takes it.
    static func problem(withName name: String) -> String? {
        if name.isEmpty { return "it is empty" }
        // Excel counts UTF-16 units: Vietnamese letters written precomposed (NFC) are one each.
        if name.utf16.count > maximumNameLength {
            return "it has \(name.utf16.count) characters and Excel allows \(maximumNameLength)"
        }
        if let bad = name.first(where: forbiddenNameCharacters.contains) { return "it holds '\(bad)'" }
        if name.hasPrefix("'") || name.hasSuffix("'") { return "it starts or ends with an apostrophe" }
        if name.lowercased() == "history" { return "Excel keeps the name 'History' for itself" }
        return nil
    }
}
