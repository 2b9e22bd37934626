/// The reports to chase on a day: those missing (their deadline has passed and nothing arrived) and
/// those due within a few days and not yet in, grouped by the unit or body they must be sent to.
public struct ReminderList: Sendable {
    /// The reminders of one receiver: where the reports must go, and who owes them.
    public struct Group: Sendable {
        /// The receiver and the channel, as the first route of the reports says.
        public var route: ResolvedRoute
        /// Missing first (longest overdue first), then due soon (nearest first).
        public var entries: [ComplianceEntry]
    }

    public var asOf: CalendarDate
    /// How many days ahead "about to be due" looks.
    public var within: Int
    public var groups: [Group]
    public var problems: [RuleProblem]

    /// - Parameter obligation: Only the reports of this obligation (its id).
    public init(workspace: Workspace, rules: any ScheduleRules, submissions: [Submission], asOf: CalendarDate,
                within: Int = 7, obligation: ObligationID? = nil) {
        self.asOf = asOf
        self.within = within
        // Reports due in the past year, or in the coming days.
        let schedule = Scheduler(workspace: workspace, rules: rules)
            .schedule(from: asOf.adding(days: -366), to: asOf.adding(days: within))
        problems = schedule.problems
        let chase = ComplianceReport.entries(for: schedule.reports.filter { $0.deadline != nil && (obligation == nil || $0.obligation == obligation) }, submissions: submissions, asOf: asOf)
            .filter { $0.state == .missing || $0.state == .notYetDue }
            .sorted { ($0.report.deadline!, $0.report.unit) < ($1.report.deadline!, $1.report.unit) }
        var order: [String] = []
        var byReceiver: [String: Group] = [:]
        for entry in chase {
            guard let route = entry.report.routes.first else { continue }
            let key = route.to + "|" + (route.through?.id ?? "")
            if byReceiver[key] == nil {
                order.append(key)
                byReceiver[key] = Group(route: route, entries: [])
            }
            byReceiver[key]!.entries.append(entry)
        }
        groups = order.compactMap { byReceiver[$0] }
    }
}
