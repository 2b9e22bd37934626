import BaocaoCore

/// An answer computed with the plugins, and the problems their hooks had on the way (each names
/// the plugin, hook, file and line; the decision made before each was kept). This is the one
/// channel for them: a value that keeps its own problems (a ``Schedule``, a ``ComplianceReport``)
/// has them here too, so that a caller that prints ``problems`` misses none.
public struct RuleAnswer<Value: Sendable>: Sendable {
    public var value: Value
    public var problems: [RuleProblem]

    public init(value: Value, problems: [RuleProblem]) {
        self.value = value
        self.problems = problems
    }

    /// The answer with the problems `value` keeps itself put first in ``problems``.
    package func carrying(_ own: KeyPath<Value, [RuleProblem]>) -> RuleAnswer {
        RuleAnswer(value: value, problems: value[keyPath: own] + problems)
    }
}
