/// An indicator target evaluated for one period: what it counts, what it achieved, whether it is
/// met, and the units that fail it with the reason.
public struct IndicatorResult: Sendable, Hashable {
    /// A unit of the population that does not meet the condition, and why.
    public struct Failure: Sendable, Hashable {
        public var unit: UnitID
        /// "no report", or the value it reported: "co_ke_hoach = không".
        public var reason: String

        public init(unit: UnitID, reason: String) {
            self.unit = unit
            self.reason = reason
        }
    }

    public var target: IndicatorTarget
    /// Units counted (share and count), or reports summed (ratio and sum).
    public var population: Int
    /// Units that meet the condition (share and count).
    public var meeting: Int?
    /// The sums of a ratio: numerator and denominator.
    public var sums: (numerator: Double, denominator: Double)?
    /// In percent for share and ratio, a number for count and sum; nil when nothing can be counted.
    public var achieved: Double?
    public var failures: [Failure]

    /// Whether the achieved value reaches the target; nil when there is no achieved value.
    public var isMet: Bool? {
        guard let achieved else { return nil }
        switch target.target {
        case .percent(let value), .count(let value): return achieved + 1e-9 >= value
        }
    }

    public static func == (lhs: IndicatorResult, rhs: IndicatorResult) -> Bool {
        lhs.target == rhs.target && lhs.population == rhs.population && lhs.meeting == rhs.meeting
            && lhs.achieved == rhs.achieved && lhs.failures == rhs.failures
            && lhs.sums?.numerator == rhs.sums?.numerator && lhs.sums?.denominator == rhs.sums?.denominator
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(target)
        hasher.combine(population)
        hasher.combine(achieved)
    }
}

/// Rules that compute a province's own indicators, or change how a directive's are counted. The
/// plugin chain implements them with the `indicator` hook.
public protocol IndicatorRules: AnyObject {
    /// A new result for `result`'s target, or nil to keep it. `submissions` are the latest of each
    /// unit and report of the directive for the period.
    func indicator(_ result: IndicatorResult, of directive: Directive, period: Period,
                   submissions: [Submission]) -> IndicatorResult?

    /// False when ``indicator(_:of:directive:period:submissions:)`` keeps every result (no plugin
    /// has the hook), so that the submissions need not be gathered for it.
    var decidesIndicators: Bool { get }
}

extension IndicatorRules {
    public var decidesIndicators: Bool { true }
}
