import Foundation

/// One unit's page as JSON (`GET /api/units/{unit}`): the unit, its reports of the period with
/// their state (as in ``StatusJSON``), and everything it has sent.
public struct UnitJSON: Codable, Sendable {
    /// One stored submission of the unit.
    public struct Sent: Codable, Sendable {
        public var directive: String
        public var obligation: String
        public var period: String
        /// When it arrived, ISO 8601 with Vietnam's offset.
        public var received: String
        /// What the file's `received` column said, when the portal's clock decided instead.
        public var declaredReceived: String?
        public var source: String?

        public init(_ submission: Submission) {
            directive = submission.directive
            obligation = submission.obligation
            period = submission.period.description
            received = ReceivedTime.iso8601(submission.receivedAt)
            declaredReceived = submission.declaredReceivedAt.map(ReceivedTime.iso8601)
            source = submission.source
        }
    }

    public var unit: String
    public var unitName: String
    public var level: String
    /// Its parent on the day asked.
    public var parent: String?
    public var period: String
    public var asOf: CalendarDate
    public var entries: [StatusJSON.Entry]
    /// Latest first.
    public var history: [Sent]
    public var problems: [RuleProblem]

    public init(unit: OrganisationUnit, status: ComplianceReport, history: [Submission], workspace: Workspace, problems: [RuleProblem]) {
        self.unit = unit.id
        unitName = unit.name
        level = unit.level
        parent = workspace.organisation.parentID(of: unit.id, at: status.asOf)
        period = status.period.description
        asOf = status.asOf
        entries = status.entries.map { StatusJSON.Entry($0, workspace: workspace) }
        self.history = history.map(Sent.init)
        self.problems = problems
    }
}
