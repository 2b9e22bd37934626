/// What a rule decided and who decided it: a plugin's name, or `directive` / `core`.
public struct RuleDecision<Value: Sendable>: Sendable {
    public var value: Value
    public var decidedBy: String

    public init(_ value: Value, decidedBy: String) {
        self.value = value
        self.decidedBy = decidedBy
    }
}
