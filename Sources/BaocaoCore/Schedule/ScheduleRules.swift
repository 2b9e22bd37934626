/// The rules that shape a schedule beyond what the directive states: which periods an obligation
/// has and their cut-offs, where each report goes, and by when. The plugin chain implements
/// them in Lua; ``CoreScheduleRules`` keeps the defaults.
///
/// Each method receives the decision so far and returns a new one, or nil to keep it. A rule that
/// fails records a ``RuleProblem`` (see ``problems``) and returns nil.
public protocol ScheduleRules: AnyObject {
    /// The working calendar: public holidays, announced days off and weekend days worked.
    func workingCalendar(for year: Int) -> WorkingCalendar

    /// The periods `obligation` is owed for in `year`, given those proposed so far.
    func periods(of obligation: ReportingObligation, in directive: Directive, year: Int,
                 proposed: [ReportingPeriod]) -> RuleDecision<[ReportingPeriod]>?

    /// Where `due` goes, given the routes resolved so far (`due.routes`).
    func route(_ due: DueReport, of obligation: ReportingObligation, in directive: Directive) -> RuleDecision<[ResolvedRoute]>?

    /// When `due` is due, given the deadline so far (`due.deadline`) and the earliest deadline of
    /// the receiver's own report for the same period, when the receiver owes one.
    func deadline(_ due: DueReport, of obligation: ReportingObligation, in directive: Directive,
                  receiverDeadline: CalendarDate?) -> RuleDecision<CalendarDate?>?

    /// The problems recorded since the last call, and clears them.
    func takeProblems() -> [RuleProblem]
}

/// The defaults alone: no plugin, calendar extents as cut-offs, the directive's own deadlines and
/// routes, Monday to Friday as working days.
public final class CoreScheduleRules: ScheduleRules {
    public init() {}

    public func workingCalendar(for year: Int) -> WorkingCalendar { WorkingCalendar() }

    public func periods(of obligation: ReportingObligation, in directive: Directive, year: Int,
                        proposed: [ReportingPeriod]) -> RuleDecision<[ReportingPeriod]>? { nil }

    public func route(_ due: DueReport, of obligation: ReportingObligation, in directive: Directive) -> RuleDecision<[ResolvedRoute]>? { nil }

    public func deadline(_ due: DueReport, of obligation: ReportingObligation, in directive: Directive,
                         receiverDeadline: CalendarDate?) -> RuleDecision<CalendarDate?>? { nil }

    public func takeProblems() -> [RuleProblem] { [] }
}
