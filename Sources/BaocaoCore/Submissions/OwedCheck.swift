/// Whether each row of a submission file answers a report the schedule owes: the same unit,
/// directive, obligation and period as a report of ``Scheduler`` (with the plugins). A row that
/// does not is refused with the reason, so that what the store holds always has an owner:
/// "2024-Q2 is covered by the six-month report 2024-H1", "before the directive is in force",
/// "the unit did not exist on the deadline".
///
/// Only the units of the file and those above them are scheduled, for the periods the file names.
public struct OwedCheck {
    public let workspace: Workspace
    public let rules: any ScheduleRules

    public init(workspace: Workspace, rules: any ScheduleRules) {
        self.workspace = workspace
        self.rules = rules
    }

    /// One located diagnostic for each row nobody owes, in file order (empty when every row is
    /// owed), and the problems the rules had while the schedule was worked out.
    public func check(_ rows: [SubmissionRow]) -> (refusals: [Diagnostic], problems: [RuleProblem]) {
        let tree = workspace.organisation
        var diagnostics: [Diagnostic] = []
        var problems: [RuleProblem] = []
        // Most rows are owed for what their period is alone: a unit that never starts nor ends, a
        // period the rules give the obligation, whose data window opens once the directive is in
        // force (so any deadline it gets is too). Only the others are scheduled, with their receivers.
        let scheduler = Scheduler(workspace: workspace, rules: rules)
        var uncertain: [Int] = []
        // Grouped first: a directive and an obligation are large values to copy for every row.
        let groups = Dictionary(grouping: rows.indices) { index in
            PeriodsKey(directive: rows[index].submission.directive, obligation: rows[index].submission.obligation,
                       year: rows[index].submission.period.year)
        }
        for (key, indices) in groups {
            guard let directive = workspace.directive(key.directive), let obligation = directive.obligation(key.obligation) else {
                uncertain += indices
                continue
            }
            let owed = Set(scheduler.periods(of: obligation, in: directive, year: key.year).periods
                .filter { $0.cutoffFrom >= directive.effectiveFrom }.map(\.period))
            for index in indices {
                // Read in place: a unit and a submission are large values to copy.
                guard let position = tree.index(of: rows[index].submission.unit), tree.units[position].validFrom == nil,
                      tree.units[position].validUntil == nil, owed.contains(rows[index].submission.period) else {
                    uncertain.append(index)
                    continue
                }
            }
        }
        problems += rules.takeProblems()
        for (period, periodRows) in Dictionary(grouping: uncertain, by: { rows[$0].submission.period }).sorted(by: { $0.key < $1.key }) {
            // The file's units, and those above them on the period's days: their deadlines bound their senders'.
            var units = Set<UnitID>()
            for index in periodRows {
                let unit = rows[index].submission.unit
                guard units.insert(unit).inserted else { continue }
                for day in [period.start, period.end] {
                    for ancestor in tree.ancestors(of: unit, at: day) { units.insert(ancestor.id) }
                }
                var next = tree.unit(unit)?.mergedInto
                while let successor = next, units.insert(successor).inserted {
                    for ancestor in tree.ancestors(of: successor, at: period.end) { units.insert(ancestor.id) }
                    next = tree.unit(successor)?.mergedInto
                }
            }
            let schedule = Scheduler(workspace: workspace, rules: rules)
                .schedule(from: period.start.adding(days: -400), to: period.end.adding(days: 400), period: period, units: units)
            problems += schedule.problems
            let owed = Set(schedule.reports.map { Key(unit: $0.unit, directive: $0.directive, obligation: $0.obligation, period: $0.period.period) })
            for index in periodRows {
                let submission = rows[index].submission
                let key = Key(unit: submission.unit, directive: submission.directive, obligation: submission.obligation, period: period)
                guard !owed.contains(key) else { continue }
                let location = rows[index].locations["period"] ?? rows[index].start
                diagnostics.append(Diagnostic(location, reason(for: key, in: schedule)))
            }
        }
        return (diagnostics.sorted { $0.location < $1.location }, problems)
    }

    /// An obligation's periods of one year.
    struct PeriodsKey: Hashable {
        var directive: DirectiveID
        var obligation: ObligationID
        var year: Int
    }

    /// A row's identity against the schedule's reports.
    struct Key: Hashable {
        var unit: UnitID
        var directive: DirectiveID
        var obligation: ObligationID
        var period: Period
    }

    /// The deadline of `key`'s report were `directive` in force from the start of time, when it
    /// would then be owed: the row is refused for coming before the directive.
    func dueIfInForceEarlier(_ key: Key, directive: Directive) -> CalendarDate? {
        guard key.period.start < directive.effectiveFrom.adding(days: 400) else { return nil }
        var earlier = workspace
        guard let position = earlier.directives.firstIndex(where: { $0.id == directive.id }) else { return nil }
        earlier.directives[position].effectiveFrom = CalendarDate(year: 1, month: 1, day: 1)!
        var units: Set<UnitID> = [key.unit]
        for ancestor in earlier.organisation.ancestors(of: key.unit, at: key.period.end) { units.insert(ancestor.id) }
        let schedule = Scheduler(workspace: earlier, rules: rules)
            .schedule(from: key.period.start.adding(days: -400), to: key.period.end.adding(days: 400), period: key.period, units: units)
        let report = schedule.reports.first {
            $0.unit == key.unit && $0.directive == key.directive && $0.obligation == key.obligation && $0.period.period == key.period
        }
        return report.map { $0.deadline ?? $0.referenceDate }
    }

    /// Why the schedule owes no report for `key`, in words that say what to do.
    func reason(for key: Key, in schedule: Schedule) -> String {
        let tree = workspace.organisation
        let name = tree.unit(key.unit)?.name ?? key.unit
        let what = "no report '\(key.obligation)' for \(key.period) is owed by \(name)"
        let ofObligation = schedule.reports.filter { $0.directive == key.directive && $0.obligation == key.obligation }
        if let longer = ofObligation.first(where: { $0.unit == key.unit && $0.period.period != key.period
                                                    && $0.period.period.start <= key.period.start && $0.period.period.end == key.period.end }) {
            return "\(what): \(key.period) is covered by the \(longer.period.period.kind.vietnameseName) report \(longer.period.period); write the row for \(longer.period.period)"
        }
        if let other = ofObligation.first(where: { $0.period.period == key.period }) {
            let deadline = other.deadline ?? other.referenceDate
            if let unit = tree.unit(key.unit), !unit.exists(on: deadline) {
                let when = unit.validFrom.map { $0 > deadline ? "it starts on \($0)" : "" } ?? ""
                let gone = unit.validUntil.map { $0 <= deadline ? "it ended on \($0)\(unit.mergedInto.map { "; '\($0)' owes it" } ?? "")" : "" } ?? ""
                return "\(what): a unit owes a period's report when it exists on its deadline (\(deadline)), and \([when, gone].filter { !$0.isEmpty }.joined(separator: "; "))"
            }
            return "\(what): its 'from' in the directive does not pick this unit for \(key.period) (other units owe it, due \(deadline))"
        }
        if let directive = workspace.directive(key.directive) {
            if let due = dueIfInForceEarlier(key, directive: directive) {
                return "\(what): it would be due \(due), and the directive is in force from \(directive.effectiveFrom); no report due before is owed"
            }
            if let until = directive.effectiveUntil, key.period.start > until {
                return "\(what): the directive is in force until \(until), before this period starts"
            }
            let owedPeriods = Set(ofObligation.map(\.period.period)).sorted().map(\.description)
            if !owedPeriods.isEmpty {
                return "\(what): the schedule owes it for \(owedPeriods.joined(separator: ", ")) only; 'baocao schedule' shows which rule decided the periods"
            }
            return "\(what): the schedule owes no report '\(key.obligation)' for this period (before the directive is in force, or left out by the plugins' periods hook); 'baocao schedule' shows what is owed"
        }
        return "\(what): the workspace has no directive '\(key.directive)'"
    }
}
