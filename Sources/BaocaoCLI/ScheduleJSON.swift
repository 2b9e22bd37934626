import Baocao

/// The schedule as JSON: the window, one object per report with names and ids, and the plugin
/// problems met on the way.
struct ScheduleJSON: Encodable {
    struct Report: Encodable {
        var unit: String
        var unitName: String
        var level: String?
        var directive: String
        var directiveNumber: String
        var obligation: String
        var title: String
        var period: String
        var cutoffFrom: CalendarDate
        var cutoffTo: CalendarDate
        var deadline: CalendarDate?
        var routes: [ResolvedRoute]
        var route: String
        var decidedBy: [String: String]
    }

    var from: CalendarDate
    var to: CalendarDate
    var reports: [Report]
    var problems: [RuleProblem]

    init(schedule: Schedule, entries: [ScheduleEntry]) {
        from = schedule.from
        to = schedule.to
        problems = schedule.problems
        reports = entries.map { entry in
            let report = entry.report
            return Report(unit: report.unit, unitName: entry.unitName, level: entry.level, directive: report.directive,
                          directiveNumber: entry.directiveNumber, obligation: report.obligation, title: entry.title,
                          period: report.period.period.description, cutoffFrom: report.period.cutoffFrom,
                          cutoffTo: report.period.cutoffTo, deadline: report.deadline, routes: report.routes,
                          route: entry.routeText, decidedBy: report.decidedBy)
        }
    }
}
