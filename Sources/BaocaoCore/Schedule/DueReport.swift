/// A report one unit owes for one obligation and period: when its data is cut off, when it is due,
/// where it goes, and who decided each of these (the directive's text, the core's default, or the
/// plugin that last changed it).
public struct DueReport: Sendable, Hashable, Codable {
    public var directive: DirectiveID
    public var obligation: ObligationID
    public var unit: UnitID
    public var period: ReportingPeriod
    /// The date the hierarchy is read at for this report: the period's last day, or the
    /// directive's fixed deadline when that comes first.
    public var referenceDate: CalendarDate
    /// Nil when neither the directive nor any plugin sets one.
    public var deadline: CalendarDate?
    public var routes: [ResolvedRoute]
    /// Who decided what: keys `periods`, `route`, `deadline`; values `directive`, `core` or a
    /// plugin's name.
    public var decidedBy: [String: String]

    public init(directive: DirectiveID, obligation: ObligationID, unit: UnitID, period: ReportingPeriod,
                referenceDate: CalendarDate, deadline: CalendarDate? = nil, routes: [ResolvedRoute] = [],
                decidedBy: [String: String] = [:]) {
        self.directive = directive
        self.obligation = obligation
        self.unit = unit
        self.period = period
        self.referenceDate = referenceDate
        self.deadline = deadline
        self.routes = routes
        self.decidedBy = decidedBy
    }
}
