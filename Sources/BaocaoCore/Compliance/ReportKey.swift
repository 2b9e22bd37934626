/// Which report a submission answers: one unit's report for one obligation of a directive and one
/// period. Submissions and expected reports are matched on it.
struct ReportKey: Hashable {
    var directive: DirectiveID
    var obligation: ObligationID
    var unit: UnitID
    var period: Period

    init(directive: DirectiveID, obligation: ObligationID, unit: UnitID, period: Period) {
        self.directive = directive
        self.obligation = obligation
        self.unit = unit
        self.period = period
    }

    init(_ submission: Submission) {
        self.init(directive: submission.directive, obligation: submission.obligation, unit: submission.unit,
                  period: submission.period)
    }

    init(_ report: DueReport) {
        self.init(directive: report.directive, obligation: report.obligation, unit: report.unit, period: report.period.period)
    }

    /// A directive's obligation: what a submission's values are typed by.
    struct Obligation: Hashable {
        var directive: DirectiveID
        var obligation: ObligationID
    }

    /// The unit and period only: they tell almost every report apart, and hashing fewer strings
    /// counts when a national period has a hundred thousand reports. Equality still compares all.
    func hash(into hasher: inout Hasher) {
        hasher.combine(unit)
        hasher.combine(period)
    }
}
