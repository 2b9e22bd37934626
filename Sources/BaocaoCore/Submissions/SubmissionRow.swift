/// A submission read from a file, with the row (or line) it came from.
public struct SubmissionRow: Sendable, Hashable {
    /// The line of the file where the submission starts.
    public var row: Int
    public var submission: Submission
    /// Where each value was written, for messages about it.
    public var locations: [FieldID: SourceLocation]
    /// Where the submission starts.
    public var start: SourceLocation

    public init(row: Int, submission: Submission, locations: [FieldID: SourceLocation] = [:], start: SourceLocation? = nil) {
        self.row = row
        self.submission = submission
        self.locations = locations
        self.start = start ?? SourceLocation(file: submission.source ?? "", line: row, column: 1)
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
