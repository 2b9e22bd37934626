import BaocaoCore

/// An answer computed with the plugins, and the problems their hooks had on the way (each names
/// the plugin, hook, file and line; the decision made before each was kept).
public struct RuleAnswer<Value: Sendable>: Sendable {
    public var value: Value
    public var problems: [RuleProblem]

    public init(value: Value, problems: [RuleProblem]) {
        self.value = value
        self.problems = problems
    }
}
