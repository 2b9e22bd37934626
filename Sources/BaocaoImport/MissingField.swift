/// A field the import looked for and did not find, with the reason.
///
/// Import never guesses: a value the text does not state, or states ambiguously, is reported
/// here instead of being filled in.
public struct MissingField: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The field's name as `--explain` prints it: `number`, `signer`, `reports[2].to`.
    public var field: String
    /// Why it is missing, for a person: "no line starting with 'Số' in the heading".
    public var reason: String
    /// The line the reason is about, when there is one.
    public var line: Int?

    public init(field: String, reason: String, line: Int? = nil) {
        self.field = field
        self.reason = reason
        self.line = line
    }

    public var description: String {
        let located = line.map { " (line \($0))" } ?? ""
        return "\(field): missing — \(reason)" + (field.contains(located.trimmingCharacters(in: .whitespaces)) ? "" : located)
    }
}
