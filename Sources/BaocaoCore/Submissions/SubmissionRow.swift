/// A submission read from a file, with the row (or line) it came from.
public struct SubmissionRow: Sendable, Hashable {
    /// The line of the file where the submission starts.
    public var row: Int
    public var submission: Submission
    /// Where the submission starts.
    public var start: SourceLocation
    /// Where each cell was written, in the order read: kept as a list, made into a dictionary only
    /// when a message needs one (a national year has over a million rows).
    var cells: [CellLocation]

    /// Where one cell was written: a value's field id, or a standard column's name (`unit`).
    struct CellLocation: Sendable, Hashable {
        var name: String
        var location: SourceLocation
    }

    /// Where each value was written, by field id, and each standard column's cell, by its name
    /// (`unit`, `period`…), for messages about them.
    /// (The standard columns come first in ``cells``: a value of the same name as one, which a
    /// JSON file could write, does not hide it.)
    public var locations: [FieldID: SourceLocation] {
        get { Dictionary(cells.lazy.map { ($0.name, $0.location) }, uniquingKeysWith: { first, _ in first }) }
        set { cells = newValue.map { CellLocation(name: $0.key, location: $0.value) } }
    }

    public init(row: Int, submission: Submission, locations: [FieldID: SourceLocation] = [:], start: SourceLocation? = nil) {
        self.row = row
        self.submission = submission
        self.cells = locations.map { CellLocation(name: $0.key, location: $0.value) }
        self.start = start ?? SourceLocation(file: submission.source ?? "", line: row, column: 1)
    }

    init(row: Int, submission: Submission, cells: [CellLocation], start: SourceLocation) {
        self.row = row
        self.submission = submission
        self.cells = cells
        self.start = start
    }

    // Equal and hashed by ``locations``, not by the order ``cells`` happens to be in.
    public static func == (a: SubmissionRow, b: SubmissionRow) -> Bool {
        a.row == b.row && a.submission == b.submission && a.start == b.start && a.locations == b.locations
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(row)
        hasher.combine(submission)
        hasher.combine(start)
        hasher.combine(locations)
    }
}

extension Submission {
    /// The submission with its values typed by the workspace's fields: JSON and the store keep a
    /// rating or a date as text ("Tốt", "2023-10-30"); the obligation's field says which it is.
    public func typed(by workspace: Workspace) -> Submission {
        guard let obligation = workspace.directive(directive)?.obligation(obligation) else { return self }
        return typed(by: obligation.fields)
    }

    /// ``typed(by:)`` with the fields of its obligation found already: a national period's
    /// submissions are typed by a few obligations.
    func typed(by fields: [ReportField]) -> Submission {
        var copy = self
        for (id, value) in values {
            guard let field = fields.first(where: { $0.id == id }), field.type != value.type,
                  let typed = FieldValue(parsing: value.description, as: field.type) else { continue }
            copy.values[id] = typed
        }
        return copy
    }
}
