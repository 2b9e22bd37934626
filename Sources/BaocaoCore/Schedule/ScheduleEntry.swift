/// A due report with the names people read: the unit, the directive's number, the report's title,
/// where it goes. What `baocao schedule` prints and exports.
public struct ScheduleEntry: Sendable, Hashable, Codable {
    public var report: DueReport
    public var unitName: String
    public var level: LevelID?
    /// "439/KH-LĐLĐ"; for a directive without a number, its type and date: "Công văn 10/10/2019".
    public var directiveNumber: String
    public var title: String
    /// "UBND tỉnh (qua Sở Nội vụ)"; several receivers are joined with "; ".
    public var routeText: String

    public init(report: DueReport, workspace: Workspace) {
        self.report = report
        let unit = workspace.organisation.unit(report.unit)
        unitName = unit?.name ?? report.unit
        level = unit?.level
        let directive = workspace.directive(report.directive)
        directiveNumber = directive.map { $0.number ?? "\($0.type.vietnameseName) \($0.date.vietnameseShort)" } ?? report.directive
        title = directive?.obligation(report.obligation)?.title ?? report.obligation
        routeText = report.routes.map(\.text).joined(separator: "; ")
    }

    /// "deadline: national, route: tay-ninh": the rules that decided, skipping the directive's own.
    public var decidedByText: String {
        ["periods", "route", "deadline"].compactMap { key in
            report.decidedBy[key].map { "\(key): \($0)" }
        }.joined(separator: ", ")
    }
}
