import Foundation

/// A directive's targets for a period as JSON (`baocao indicators --format json`,
/// `GET /api/indicators`): each target with what it achieved, and the problems met.
public struct IndicatorsJSON: Codable, Sendable {
    /// One target.
    public struct Indicator: Codable, Sendable {
        /// A unit that fails the target, and why ("no report", "co_ke_hoach = không").
        public struct Failure: Codable, Sendable { public var unit: String, unitName: String, reason: String }
        public var id: String
        public var item: String?
        public var text: String
        /// As the directive writes it: "100%".
        public var target: String
        public var aspirational: Bool
        public var population: Int
        public var meeting: Int?
        public var achieved: Double?
        public var met: Bool?
        public var failing: [Failure]

        public init(_ result: IndicatorResult, tree: OrganisationTree) {
            id = result.target.id
            item = result.target.item
            text = result.target.text
            target = result.target.target.description
            aspirational = result.target.isAspirational
            population = result.population
            meeting = result.meeting
            achieved = result.achieved
            met = result.isMet
            failing = result.failures.map { Failure(unit: $0.unit, unitName: tree.name(of: $0.unit) ?? $0.unit, reason: $0.reason) }
        }
    }

    public var directive: String
    public var directiveNumber: String?
    public var period: String
    public var asOf: CalendarDate
    public var indicators: [Indicator]
    public var problems: [RuleProblem]

    public init(directive: Directive, period: Period, asOf: CalendarDate, results: [IndicatorResult], tree: OrganisationTree,
                problems: [RuleProblem]) {
        self.directive = directive.id
        directiveNumber = directive.number
        self.period = period.description
        self.asOf = asOf
        indicators = results.map { Indicator($0, tree: tree) }
        self.problems = problems
    }
}
