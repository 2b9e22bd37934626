import Foundation

/// The reports to chase on a day as JSON (`baocao remind --format json`): grouped by the body
/// they must be sent to, and the problems met.
public struct RemindersJSON: Codable, Sendable {
    /// The reports owed to one receiver.
    public struct Group: Codable, Sendable {
        /// One report to chase.
        public struct Item: Codable, Sendable {
            public var unit: String
            public var unitName: String
            public var directive: String
            public var directiveNumber: String
            public var obligation: String
            public var title: String
            public var period: String
            public var deadline: CalendarDate
            /// `missing` (its deadline has passed) or `due-soon`.
            public var state: String
            public var daysOverdue: Int?
        }
        public var to: String
        public var toName: String
        public var through: String?
        public var throughName: String?
        public var reports: [Item]

        public init(_ group: ReminderList.Group, workspace: Workspace, asOf: CalendarDate) {
            to = group.route.to
            toName = group.route.toName
            through = group.route.through?.id
            throughName = group.route.through?.name
            reports = group.entries.compactMap { entry in
                guard let deadline = entry.report.deadline else { return nil }
                let names = ScheduleEntry(report: entry.report, workspace: workspace)
                return Item(unit: entry.report.unit, unitName: names.unitName, directive: entry.report.directive,
                            directiveNumber: names.directiveNumber, obligation: entry.report.obligation, title: names.title,
                            period: entry.report.period.period.description, deadline: deadline,
                            state: entry.state == .missing ? "missing" : "due-soon",
                            daysOverdue: entry.state == .missing ? deadline.days(until: asOf) : nil)
            }
        }
    }

    public var asOf: CalendarDate
    /// How many days ahead "due soon" looks.
    public var within: Int
    public var groups: [Group]
    public var problems: [RuleProblem]

    public init(list: ReminderList, workspace: Workspace, problems: [RuleProblem]? = nil) {
        asOf = list.asOf
        within = list.within
        groups = list.groups.map { Group($0, workspace: workspace, asOf: list.asOf) }
        self.problems = problems ?? list.problems
    }
}
