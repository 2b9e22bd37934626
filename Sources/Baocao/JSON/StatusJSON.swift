import Foundation

/// The status of a period as JSON (`baocao status --format json`, `GET /api/status`): each
/// expected report with its state, the total and the rates per level, parent, report and rolled
/// up, and the problems met.
public struct StatusJSON: Codable, Sendable {
    /// One expected report.
    public struct Entry: Codable, Sendable {
        public var unit: String
        public var unitName: String
        public var level: String?
        /// The directive's id; `directiveNumber` is its number as people write it.
        public var directive: String
        public var directiveNumber: String
        public var obligation: String
        public var title: String
        /// The report's own period: one inside the period asked for (a month of a quarter) or it.
        public var period: String
        public var deadline: CalendarDate?
        /// Where it goes, as the routes say: "UBND tỉnh (qua Sở Nội vụ)".
        public var to: [String]
        /// `on-time`, `late`, `missing` or `not-yet-due`.
        public var state: String
        public var lateDays: Int?
        /// The first arrival, ISO 8601 with Vietnam's offset.
        public var firstReceived: String?
        /// How many times it was sent up to the day asked.
        public var submissions: Int

        public init(_ entry: ComplianceEntry, workspace: Workspace) {
            let names = ScheduleEntry(report: entry.report, workspace: workspace)
            unit = entry.report.unit
            unitName = names.unitName
            level = names.level
            directive = entry.report.directive
            directiveNumber = names.directiveNumber
            obligation = entry.report.obligation
            title = names.title
            period = entry.report.period.period.description
            deadline = entry.report.deadline
            to = entry.report.routes.map(\.text)
            state = JSONVocabulary.state(entry.state)
            if case .late(let days) = entry.state { lateDays = days }
            firstReceived = entry.firstReceived.map(ReceivedTime.iso8601)
            submissions = entry.submissions
        }
    }

    /// The counts and rates of a group of reports (see `Documentation/Figures.md`).
    public struct Rate: Codable, Sendable {
        public var group: String
        public var name: String
        public var expected, received, onTime, late, missing, notYetDue: Int
        /// Received / expected, from 0 to 1; nil when nothing is expected.
        public var reportingRate: Double?
        /// On time / expected.
        public var onTimeRate: Double?

        public init(_ rate: ComplianceRate) {
            (group, name) = (rate.group, rate.name)
            (expected, received, onTime, late, missing, notYetDue) = (rate.expected, rate.received, rate.onTime, rate.late, rate.missing, rate.notYetDue)
            (reportingRate, onTimeRate) = (rate.reportingRate, rate.onTimeRate)
        }
    }

    public var period: String
    public var asOf: CalendarDate
    public var entries: [Entry]
    public var total: Rate
    public var byLevel: [Rate]
    /// For each unit, the reports of the units directly below it.
    public var byParent: [Rate]
    /// Each unit with everything below it.
    public var rollup: [Rate]
    public var byObligation: [Rate]
    public var problems: [RuleProblem]

    public init(report: ComplianceReport, workspace: Workspace, problems: [RuleProblem]? = nil) {
        period = report.period.description
        asOf = report.asOf
        self.problems = problems ?? report.problems
        entries = report.entries.map { Entry($0, workspace: workspace) }
        total = Rate(report.total)
        byLevel = report.byLevel.map(Rate.init)
        byParent = report.byParent.map(Rate.init)
        rollup = report.rollup.map(Rate.init)
        byObligation = report.byObligation.map(Rate.init)
    }
}
