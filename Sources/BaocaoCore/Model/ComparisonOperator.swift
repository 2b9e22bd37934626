/// How an indicator condition compares a reported value with the one it needs.
public enum ComparisonOperator: String, Sendable, Hashable, Codable, CaseIterable {
    /// The value equals the one given: `co_ke_hoach` is true.
    case equals
    /// The value is at least the one given: a rating of Tốt, 80 points or more.
    case atLeast
    /// The value is at most the one given.
    case atMost
}
