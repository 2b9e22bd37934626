import Foundation

/// Expected against received for one period as of one day: each expected report with its state,
/// and the rates per level and per parent unit.
public struct ComplianceReport: Sendable {
    public var period: Period
    public var asOf: CalendarDate
    /// In the order of the schedule: deadline, level from the top, file order.
    public var entries: [ComplianceEntry]
    /// One per level that owes reports, from the top down.
    public var byLevel: [ComplianceRate]
    /// One per parent unit (on the report's date) whose units owe reports.
    public var byParent: [ComplianceRate]
    /// Every report of ``entries``: DHIS2's EXPECTED_REPORTS, ACTUAL_REPORTS, REPORTING_RATE and
    /// REPORTING_RATE_ON_TIME over the whole selection.
    public var total: ComplianceRate
    /// One per unit that owes reports or has units below it that do: its own reports and those of
    /// every unit below it (on each report's date), as DHIS2 rolls an organisation unit up. In
    /// file order.
    public var rollup: [ComplianceRate]
    /// One per obligation (`directive/obligation`, named by its title), in the directives' order.
    public var byObligation: [ComplianceRate]
    public var problems: [RuleProblem]

    /// Works out the state of every report the workspace's units owe for `period`, from the
    /// submissions received up to the end of `asOf` (Vietnam's time). The first arrival decides
    /// on time or late; later ones are resubmissions. Late is counted in calendar days.
    /// - Parameters:
    ///   - under: Only the reports of this unit and the units below it (a province of the nation).
    ///   - obligation: Only the reports of this obligation (its id).
    public init(workspace: Workspace, rules: any ScheduleRules, submissions: [Submission], period: Period,
                asOf: CalendarDate, directive: DirectiveID? = nil, level: LevelID? = nil, unit: UnitID? = nil,
                under: UnitID? = nil, obligation: ObligationID? = nil) {
        self.init(workspace: workspace, rules: rules, period: period, asOf: asOf, directive: directive, level: level,
                  unit: unit, under: under, obligation: obligation, submissions: { submissions })
    }

    /// ``init(workspace:rules:submissions:period:asOf:directive:level:unit:under:)`` with the
    /// submissions asked for once the schedule is worked out, so that a caller can read them
    /// meanwhile (a national period's receipts take as long to read as its schedule to make), and
    /// with `helpers` to split the schedule among cores (see ``Scheduler``).
    public init(workspace: Workspace, rules: any ScheduleRules, helpers: [any ScheduleRules] = [], period: Period,
                asOf: CalendarDate, directive: DirectiveID? = nil, level: LevelID? = nil, unit: UnitID? = nil,
                under: UnitID? = nil, obligation: ObligationID? = nil, submissions: () -> [Submission]) {
        self.period = period
        self.asOf = asOf
        let tree = workspace.organisation
        // The units whose reports are asked for (`below`), and with them those above, whose
        // deadlines bound theirs (`units`).
        var units: Set<UnitID>?, below: Set<UnitID>?
        if let under {
            var selected: Set<UnitID> = [under]
            for unit in tree.descendants(of: under, at: period.end) { selected.insert(unit.id) }
            below = selected
            units = selected.union(tree.ancestors(of: under, at: period.end).map(\.id))
        }
        // Every report of the period: its deadline falls at the earliest in the period, at the
        // latest a year after it.
        var schedule = Scheduler(workspace: workspace, rules: rules, helpers: helpers)
            .schedule(from: min(period.start, workspace.directives.map(\.date).min() ?? period.start),
                      to: period.end.adding(days: 366), period: period, units: units)
        problems = schedule.problems
        // Taken out of the schedule so that this array is its only owner: it is filtered in
        // place, without copying a national period's reports.
        var due = schedule.reports
        schedule.reports = []
        due.removeAll { report in
            !(period.covers(report.period.period)
                && (directive == nil || report.directive == directive)
                && (unit == nil || report.unit == unit)
                && (obligation == nil || report.obligation == obligation)
                && (level == nil || tree.levelID(ofUnit: report.unit) == level)
                && (below?.contains(report.unit) ?? true))
        }
        entries = Self.entries(for: consume due, submissions: submissions(), asOf: asOf)
        (byLevel, byParent) = Self.rates(of: entries, in: tree)
        (total, rollup, byObligation) = Self.breakdowns(of: entries, in: workspace)
    }

    /// The total, the rollup of each unit with everything below it, and the rates per obligation
    /// of `entries`, counted in one pass.
    public static func breakdowns(of entries: [ComplianceEntry], in workspace: Workspace)
        -> (total: ComplianceRate, rollup: [ComplianceRate], byObligation: [ComplianceRate]) {
        let tree = workspace.organisation
        var total = ComplianceRate.Counts()
        var units: [Int: ComplianceRate.Counts] = [:]
        var obligations: [String: ComplianceRate.Counts] = [:]
        for entry in entries {
            total.add(entry.state)
            obligations["\(entry.report.directive)/\(entry.report.obligation)", default: ComplianceRate.Counts()].add(entry.state)
            guard var index = tree.index(of: entry.report.unit) else { continue }
            // The unit itself, then each unit above it on the report's date.
            var seen: Set<Int> = []
            while seen.insert(index).inserted {
                units[index, default: ComplianceRate.Counts()].add(entry.state)
                guard let parent = tree.parentIndex(ofUnitAt: index, at: entry.report.referenceDate) else { break }
                index = parent
            }
        }
        let rollup = units.keys.sorted().map { index in
            ComplianceRate(group: tree.units[index].id, name: tree.units[index].name, counts: units[index]!)
        }
        var byObligation: [ComplianceRate] = []
        for directive in workspace.directives {
            for obligation in directive.obligations {
                let key = "\(directive.id)/\(obligation.id)"
                if let counts = obligations[key] { byObligation.append(ComplianceRate(group: key, name: obligation.title, counts: counts)) }
            }
        }
        return (ComplianceRate(group: "all", name: "Tổng", counts: total), rollup, byObligation)
    }

    /// The rates of `entries` per level (from the top down) and per parent unit on each report's
    /// date (in file order; named by the parent's name), counted in one pass: grouping copies of a
    /// national period's entries costs more than working out their states.
    public static func rates(of entries: [ComplianceEntry], in tree: OrganisationTree) -> (byLevel: [ComplianceRate], byParent: [ComplianceRate]) {
        // By rank of level (the last for units of an unknown level, which no level's rate counts),
        // and by position of the parent in the tree's units.
        var levels = [ComplianceRate.Counts](repeating: ComplianceRate.Counts(), count: tree.levels.count + 1)
        var parents: [Int: ComplianceRate.Counts] = [:]
        for entry in entries {
            guard let index = tree.index(of: entry.report.unit) else { continue }
            levels[tree.rank(ofUnitAt: index)].add(entry.state)
            if let parent = tree.parentIndex(ofUnitAt: index, at: entry.report.referenceDate) {
                parents[parent, default: ComplianceRate.Counts()].add(entry.state)
            }
        }
        let byLevel = tree.levels.enumerated().compactMap { rank, level in
            levels[rank].expected == 0 ? nil : ComplianceRate(group: level.id, name: level.name, counts: levels[rank])
        }
        let byParent = parents.keys.sorted().map { index in
            ComplianceRate(group: tree.units[index].id, name: tree.units[index].name, counts: parents[index]!)
        }
        return (byLevel, byParent)
    }

    /// The state on `asOf` of each of `due`, from the submissions received by the end of that day
    /// (Vietnam's time): the first arrival decides on time or late.
    public static func entries(for due: consuming [DueReport], submissions: [Submission], asOf: CalendarDate) -> [ComplianceEntry] {
        let endOfDay = ReceivedTime.endOfDay(asOf)
        // The first arrival and the number of arrivals of each report.
        var received: [ReportKey: (first: Date, count: Int)] = [:]
        received.reserveCapacity(min(submissions.count, due.count))
        for submission in submissions where submission.receivedAt <= endOfDay {
            let time = submission.receivedAt
            func arrive(_ arrivals: inout (first: Date, count: Int)) {
                arrivals.first = min(arrivals.first, time)
                arrivals.count += 1
            }
            arrive(&received[ReportKey(submission), default: (time, 0)])
        }
        // Each report is moved out of `due` into its entry, not copied.
        var due = due
        var entries: [ComplianceEntry] = []
        entries.reserveCapacity(due.count)
        due.drain { report in
            let arrivals = received[ReportKey(report)]
            let state: ReportState
            if let first = arrivals?.first {
                let day = ReceivedTime.day(of: first)
                if let deadline = report.deadline, day > deadline {
                    state = .late(days: deadline.days(until: day))
                } else {
                    state = .onTime
                }
            } else if let deadline = report.deadline, deadline < asOf {
                state = .missing
            } else {
                state = .notYetDue
            }
            entries.append(ComplianceEntry(report: report, state: state, firstReceived: arrivals?.first, submissions: arrivals?.count ?? 0))
        }
        return entries
    }
}
