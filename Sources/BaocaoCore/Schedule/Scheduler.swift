/// Computes what is due, from whom, to whom and by when, for the directives of a workspace.
///
/// For each obligation it asks the rules for the periods of each year (the defaults: every period
/// of the kinds the directive names whose last day is on or after the directive's date; with a
/// fixed deadline, only the period holding it). For each period it picks the units that owe the
/// report on the reference date, resolves their routes from the hierarchy on that date (so "the
/// direct superior union" follows merges), and asks the rules for routes and deadlines. Units are
/// taken from the top level down, so that a rule deciding a deadline sees the deadline of the
/// receiver's own report (Decree 09/2019: at least one working day earlier). A data cut-off that
/// would end on or after the deadline ends the day before it: a report cannot count data from
/// after it was sent (Tây Ninh's year report, due 01/11, counts data up to 31/10).
public struct Scheduler {
    public let workspace: Workspace
    public let rules: any ScheduleRules

    public init(workspace: Workspace, rules: any ScheduleRules) {
        self.workspace = workspace
        self.rules = rules
    }

    /// The reports whose deadline falls between `from` and `to` (both included), and those
    /// without a deadline whose reference date does.
    /// - Parameters:
    ///   - unit: Only the reports this unit owes.
    ///   - period: Only the reports of periods holding this period's last day (this period's own,
    ///     and the longer ones a receiver's deadline may come from): what the status of one period
    ///     needs, without working out every other period for every unit.
    ///   - units: Only the reports these units owe; give the receivers too, whose deadlines bound
    ///     their senders'.
    public func schedule(from: CalendarDate, to: CalendarDate, unit: UnitID? = nil, period: Period? = nil,
                         units: Set<UnitID>? = nil) -> Schedule {
        let tree = workspace.organisation
        let order = Dictionary(tree.units.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        func rank(_ id: UnitID) -> Int { tree.unit(id).flatMap { tree.rank(ofLevel: $0.level) } ?? Int.max }

        var reports: [DueReport] = []
        for directive in workspace.directives {
            reports += dueReports(of: directive, years: (from.year - 1)...to.year, rank: rank, period: period, units: units)
        }
        let inWindow = reports.filter { report in
            let day = report.deadline ?? report.referenceDate
            return from <= day && day <= to && (unit == nil || report.unit == unit)
        }
        let sorted = inWindow.sorted { a, b in
            let keyA = (a.deadline ?? a.referenceDate, rank(a.unit), order[a.unit] ?? 0)
            let keyB = (b.deadline ?? b.referenceDate, rank(b.unit), order[b.unit] ?? 0)
            if keyA != keyB { return keyA < keyB }
            return (a.directive, a.obligation, a.period.period) < (b.directive, b.obligation, b.period.period)
        }
        return Schedule(from: from, to: to, reports: sorted, problems: rules.takeProblems())
    }

    private func dueReports(of directive: Directive, years: ClosedRange<Int>, rank: (UnitID) -> Int,
                            period only: Period?, units: Set<UnitID>?) -> [DueReport] {
        let tree = workspace.organisation
        // Every (obligation, period, unit) the directive asks for, top level first.
        var owed: [(obligation: ReportingObligation, period: ReportingPeriod, periodsBy: String, unit: OrganisationUnit, reference: CalendarDate)] = []
        for obligation in directive.obligations {
            for year in years {
                let proposed = defaultPeriods(of: obligation, in: directive, year: year)
                let decision = rules.periods(of: obligation, in: directive, year: year, proposed: proposed)
                let decidedBy = decision?.decidedBy ?? (obligation.periods.isEmpty ? "core" : "directive")
                for period in decision?.value ?? proposed {
                    if let only, !(period.period.start <= only.end && only.end <= period.period.end) { continue }
                    let reference = min(period.period.end, obligation.deadline ?? period.period.end)
                    for unit in obligation.reporters.select(at: reference, in: tree) where units?.contains(unit.id) ?? true {
                        owed.append((obligation, period, decidedBy, unit, reference))
                    }
                }
            }
        }
        let ordered = owed.enumerated().sorted { a, b in
            (rank(a.element.unit.id), a.offset) < (rank(b.element.unit.id), b.offset)
        }.map(\.element)

        var deadlinesByUnit: [UnitID: [(period: Period, deadline: CalendarDate)]] = [:]
        var result: [DueReport] = []
        for item in ordered {
            var due = DueReport(directive: directive.id, obligation: item.obligation.id, unit: item.unit.id,
                                period: item.period, referenceDate: item.reference,
                                deadline: item.obligation.deadline,
                                decidedBy: ["periods": item.periodsBy])
            due.decidedBy["deadline"] = item.obligation.deadline == nil ? "core" : "directive"
            due.routes = defaultRoutes(of: item.obligation, for: item.unit.id, at: item.reference)
            due.decidedBy["route"] = "directive"
            if let decision = rules.route(due, of: item.obligation, in: directive) {
                due.routes = decision.value
                due.decidedBy["route"] = decision.decidedBy
            }
            let receiverDeadline = due.routes.first.flatMap { route in
                deadlinesByUnit[route.to]?
                    .filter { $0.period.start <= item.period.period.end && item.period.period.end <= $0.period.end }
                    .map(\.deadline).min()
            }
            if let decision = rules.deadline(due, of: item.obligation, in: directive, receiverDeadline: receiverDeadline) {
                due.deadline = decision.value
                due.decidedBy["deadline"] = decision.decidedBy
            }
            if let deadline = due.deadline {
                deadlinesByUnit[due.unit, default: []].append((item.period.period, deadline))
                // A report cannot count data after the day it is sent.
                if due.period.cutoffTo >= deadline {
                    due.period.cutoffTo = max(due.period.cutoffFrom, deadline.adding(days: -1))
                }
            }
            result.append(due)
        }
        return result
    }

    /// The periods the directive's text gives `obligation` in `year`, cut off at their calendar
    /// extent.
    func defaultPeriods(of obligation: ReportingObligation, in directive: Directive, year: Int) -> [ReportingPeriod] {
        var periods: [Period] = []
        for kind in obligation.periods {
            periods += (1...kind.countPerYear).compactMap { Period(kind: kind, year: year, index: $0) }
        }
        if let deadline = obligation.deadline {
            periods = periods.filter { $0.contains(deadline) }
        }
        return periods.filter { $0.end >= directive.date }.map { ReportingPeriod(period: $0) }
    }

    /// The directive's routes for `unit` on `date`, with names, "direct-superior" resolved and the
    /// channel found among the receiver's departments or the workspace's units and bodies.
    func defaultRoutes(of obligation: ReportingObligation, for unit: UnitID, at date: CalendarDate) -> [ResolvedRoute] {
        obligation.routes.compactMap { route in
            let receiver: UnitID?
            switch route.to {
            case .organisation(let id): receiver = id
            case .directSuperior: receiver = workspace.organisation.parent(of: unit, at: date)?.id
            }
            guard let receiver else { return nil }
            return workspace.organisation.resolveRoute(to: receiver, through: route.through)
        }
    }
}

extension OrganisationTree {
    /// A route to `receiver` through `channel` (a department of the receiver, or a unit or body),
    /// with their names; nil when `receiver` is not a unit or body of the tree.
    public func resolveRoute(to receiver: UnitID, through channel: String?) -> ResolvedRoute? {
        guard let receiverName = shortOrFullName(of: receiver) else { return nil }
        var resolved = ResolvedRoute(to: receiver, toName: receiverName)
        if let channel {
            if let department = department(channel, of: receiver) {
                resolved.through = Channel(id: channel, name: department.name, kind: .department)
            } else if let name = shortOrFullName(of: channel) {
                resolved.through = Channel(id: channel, name: name, kind: .organisation)
            } else {
                return nil
            }
        }
        return resolved
    }

    /// The short name of a unit or body when it has one ("UBND tỉnh"), else its name.
    public func shortOrFullName(of id: UnitID) -> String? {
        if let unit = unit(id) { return unit.shortName ?? unit.name }
        if let body = body(id) { return body.shortName ?? body.name }
        return nil
    }
}
