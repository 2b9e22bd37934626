/// A name of the text that matches no unit, body, department or level of the workspace (or that
/// could not be matched because no workspace was given): written into the output as a made-up id
/// that `baocao check` will point at, and listed for a person to fix.
public struct UnmatchedName: Sendable, Hashable, CustomStringConvertible {
    /// Where the name is used: `reports[1].to`, `tasks[III.2].for`.
    public var field: String
    /// The name as the text writes it.
    public var name: String
    /// The id written in its place.
    public var placeholder: String
    public var line: Int?
    public var reason: String

    public init(field: String, name: String, placeholder: String, line: Int?, reason: String) {
        self.field = field
        self.name = name
        self.placeholder = placeholder
        self.line = line
        self.reason = reason
    }

    public var description: String {
        "\(field): '\(name)'\(line.map { " (line \($0))" } ?? "") written as '\(placeholder)': \(reason)"
    }
}
