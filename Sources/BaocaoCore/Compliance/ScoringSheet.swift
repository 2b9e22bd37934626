/// A self-assessment scoring sheet (bảng điểm) filled in for one unit and period: each criterion
/// with its points and the evidence behind them, the total and the rating. Provinces define their
/// sheets in plugins (the `score` hook); Tây Ninh's follows Kế hoạch 439/KH-LĐLĐ.
public struct ScoringSheet: Sendable, Hashable, Codable {
    /// One line of the sheet.
    public struct Criterion: Sendable, Hashable, Codable {
        public var id: String
        public var title: String
        /// The most points the criterion gives.
        public var maximum: Double
        public var points: Double
        /// What the points rest on: "118 of 120 officials trained (bao-cao-ket-qua)".
        public var evidence: String

        public init(id: String, title: String, maximum: Double, points: Double, evidence: String) {
            self.id = id
            self.title = title
            self.maximum = maximum
            self.points = points
            self.evidence = evidence
        }
    }

    public var unit: UnitID
    public var directive: DirectiveID
    public var period: Period
    public var criteria: [Criterion]
    /// The rating the sheet gives, when it gives one.
    public var rating: Rating?
    /// Which plugin filled it in.
    public var scoredBy: String

    public var total: Double { criteria.reduce(0) { $0 + $1.points } }
    public var maximum: Double { criteria.reduce(0) { $0 + $1.maximum } }

    public init(unit: UnitID, directive: DirectiveID, period: Period, criteria: [Criterion], rating: Rating?, scoredBy: String) {
        self.unit = unit
        self.directive = directive
        self.period = period
        self.criteria = criteria
        self.rating = rating
        self.scoredBy = scoredBy
    }
}

/// Rules that fill in a scoring sheet. The plugin chain implements them with the `score` hook.
public protocol ScoringRules: AnyObject {
    /// The sheet of `unit` for `directive` and `period`, from the latest submissions of the
    /// directive for the period; nil when no rule scores it.
    func score(unit: UnitID, directive: Directive, period: Period, submissions: [Submission]) -> ScoringSheet?
    /// Whether ``score(unit:directive:period:submissions:)`` can score anything at all: when not,
    /// the report does not gather the submissions to give it.
    var scoresUnits: Bool { get }
}

extension ScoringRules {
    public var scoresUnits: Bool { true }
}
