/// A table in the body: a header row and rows of text cells, with an optional caption above it.
/// Cells that hold numbers ("12", "95,5%") are right-aligned by the writers.
public struct DocumentTable: Sendable, Hashable {
    public var caption: String?
    public var columns: [String]
    public var rows: [[String]]
    /// Relative column widths; nil shares the width out by content.
    public var widths: [Double]?

    public init(caption: String? = nil, columns: [String], rows: [[String]], widths: [Double]? = nil) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
        self.widths = widths
    }

    /// Whether a cell reads as a number, a percentage or a fraction ("12", "95,5%", "12/14").
    public static func isNumeric(_ cell: String) -> Bool {
        let trimmed = cell.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return false }
        return trimmed.allSatisfy { "0123456789.,%/–- ".contains($0) } && trimmed.contains(where: \.isNumber)
    }
}
