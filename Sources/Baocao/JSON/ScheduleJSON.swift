import Foundation

/// The schedule as JSON (`baocao schedule --format json`, `GET /api/schedule`): the window, one
/// object per report with names and ids, and the problems met on the way.
public struct ScheduleJSON: Codable, Sendable {
    /// One due report.
    public struct Report: Codable, Sendable {
        public var unit: String
        public var unitName: String
        public var level: String?
        public var directive: String
        public var directiveNumber: String
        public var obligation: String
        public var title: String
        public var period: String
        public var cutoffFrom: CalendarDate
        public var cutoffTo: CalendarDate
        public var deadline: CalendarDate?
        /// The receivers, each with its channel.
        public var routes: [ResolvedRoute]
        /// Where it goes, as the routes say: "UBND tỉnh (qua Sở Nội vụ)".
        public var to: [String]
        /// Which plugin decided the periods, the route and the deadline.
        public var decidedBy: [String: String]

        public init(_ entry: ScheduleEntry) {
            let report = entry.report
            unit = report.unit
            unitName = entry.unitName
            level = entry.level
            directive = report.directive
            directiveNumber = entry.directiveNumber
            obligation = report.obligation
            title = entry.title
            period = report.period.period.description
            cutoffFrom = report.period.cutoffFrom
            cutoffTo = report.period.cutoffTo
            deadline = report.deadline
            routes = report.routes
            to = report.routes.map(\.text)
            decidedBy = report.decidedBy
        }
    }

    public var from: CalendarDate
    public var to: CalendarDate
    public var reports: [Report]
    public var problems: [RuleProblem]

    public init(schedule: Schedule, entries: [ScheduleEntry]) {
        from = schedule.from
        to = schedule.to
        problems = schedule.problems
        reports = entries.map(Report.init)
    }
}
