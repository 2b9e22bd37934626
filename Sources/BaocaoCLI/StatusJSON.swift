import Baocao
import Foundation

/// The status as JSON: each expected report with its state, and the rates.
struct StatusJSON: Encodable {
    struct Entry: Encodable {
        var unit: String
        var unitName: String
        var level: String?
        var directive: String
        var obligation: String
        /// The report's own period: one inside the period asked for (a month of a quarter) or it.
        var period: String
        var deadline: CalendarDate?
        var state: String
        var lateDays: Int?
        var firstReceived: String?
        var submissions: Int
    }

    struct Rate: Encodable {
        var group: String
        var name: String
        var expected, onTime, late, missing, notYetDue, received: Int
        var reportingRate: Double?
        var onTimeRate: Double?
    }

    var period: String
    var asOf: CalendarDate
    var entries: [Entry]
    var total: Rate
    var byLevel: [Rate]
    var byParent: [Rate]
    /// Each unit with everything below it.
    var rollup: [Rate]
    var byObligation: [Rate]
    var problems: [RuleProblem]

    init(report: ComplianceReport, workspace: Workspace) {
        period = report.period.description
        asOf = report.asOf
        problems = report.problems
        entries = report.entries.map { entry in
            let names = ScheduleEntry(report: entry.report, workspace: workspace)
            var lateDays: Int?
            if case .late(let days) = entry.state { lateDays = days }
            let state: String = switch entry.state {
            case .onTime: "on-time"
            case .late: "late"
            case .missing: "missing"
            case .notYetDue: "not-yet-due"
            }
            return Entry(unit: entry.report.unit, unitName: names.unitName, level: names.level,
                         directive: names.directiveNumber, obligation: entry.report.obligation,
                         period: entry.report.period.period.description, deadline: entry.report.deadline, state: state, lateDays: lateDays,
                         firstReceived: entry.firstReceived.map(ReceivedTime.iso(of:)), submissions: entry.submissions)
        }
        func rate(_ rate: ComplianceRate) -> Rate {
            Rate(group: rate.group, name: rate.name, expected: rate.expected, onTime: rate.onTime, late: rate.late,
                 missing: rate.missing, notYetDue: rate.notYetDue, received: rate.received,
                 reportingRate: rate.reportingRate, onTimeRate: rate.onTimeRate)
        }
        total = rate(report.total)
        byLevel = report.byLevel.map(rate)
        byParent = report.byParent.map(rate)
        rollup = report.rollup.map(rate)
        byObligation = report.byObligation.map(rate)
    }
}
