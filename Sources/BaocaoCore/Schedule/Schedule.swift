/// The reports due in a window of dates, and the rules that failed while they were computed.
public struct Schedule: Sendable, Codable {
    public var from: CalendarDate
    public var to: CalendarDate
    /// Sorted by deadline (reports without one by their reference date), then by level from the
    /// top, then in the order the unit files list the units.
    public var reports: [DueReport]
    public var problems: [RuleProblem]

    public init(from: CalendarDate, to: CalendarDate, reports: [DueReport], problems: [RuleProblem]) {
        self.from = from
        self.to = to
        self.reports = reports
        self.problems = problems
    }
}
