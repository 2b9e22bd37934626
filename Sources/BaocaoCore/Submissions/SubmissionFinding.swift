/// What a rule found wrong with one submission: an error refuses the file, a warning is shown and
/// the submission is stored.
public struct SubmissionFinding: Sendable, Hashable, Codable {
    public enum Severity: String, Sendable, Hashable, Codable { case error, warning }

    public var severity: Severity
    /// The value it is about, when it is about one.
    public var field: FieldID?
    /// Plain words for the official who filled in the file.
    public var message: String
    /// The plugin that found it.
    public var plugin: String

    public init(severity: Severity, field: FieldID? = nil, message: String, plugin: String) {
        self.severity = severity
        self.field = field
        self.message = message
        self.plugin = plugin
    }
}

/// Rules that check a submission beyond its form: a value out of range, two values that contradict
/// each other. The plugin chain implements them with the `validate` hook.
public protocol SubmissionRules: AnyObject {
    /// What is wrong with `submission`; empty when nothing is. A rule that fails itself reports a
    /// ``RuleProblem`` through ``ScheduleRules/takeProblems()`` and finds nothing.
    func validate(_ submission: Submission) -> [SubmissionFinding]
    /// Whether ``validate(_:)`` can find anything at all: when not, a reader skips asking it for
    /// every row of a file.
    var validatesSubmissions: Bool { get }
}

extension SubmissionRules {
    public var validatesSubmissions: Bool { true }
}
