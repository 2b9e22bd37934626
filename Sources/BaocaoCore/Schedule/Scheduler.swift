import Foundation

/// Computes what is due, from whom, to whom and by when, for the directives of a workspace.
///
/// For each obligation it asks the rules for the periods of each year (the defaults: every period
/// of the kinds the directive names whose last day is on or after the directive's
/// `effectiveFrom`; with a fixed deadline, only the period holding it; none starting after its
/// `effectiveUntil`). For each period it picks the units that owe the report, resolves their
/// routes from the hierarchy (so "the direct superior union" follows merges), and asks the rules
/// for routes and deadlines. Units are taken from the top level down, so that a rule deciding a
/// deadline sees the deadline of the receiver's own report (Decree 09/2019: at least one working
/// day earlier): the receiver's report of the same obligation, or of one that `consolidates` it,
/// for the same period or the shortest one containing it. A data cut-off that would end on or
/// after the deadline ends the day before it: a report cannot count data from after it was sent
/// (Tây Ninh's year report, due 01/11, counts data up to 31/10).
///
/// Units over time, one rule: a unit owes a period's report when it exists on that report's final
/// deadline (after the plugins); a unit gone by then owes nothing (its `mergedInto` successor, which
/// exists then, owes it instead), and a report goes to the receiver that exists on its deadline.
/// No report is owed whose deadline falls before the directive's `effectiveFrom`. A report due
/// before its data window opens, and a route that cannot be resolved, are problems of the schedule
/// (``Schedule/problems``), never silent.
///
/// With `helpers` — more rules of the same plugins, each with its own Lua state — a level with many
/// reports is split among them and `rules`, and decided on as many cores. A level whose reports
/// go to a unit of the same level or below is decided again in order, on `rules` alone, so that
/// the result never depends on how the work was split.
public struct Scheduler {
    public let workspace: Workspace
    public let rules: any ScheduleRules
    public let helpers: [any ScheduleRules]
    /// A level is split among the helpers from this many reports.
    public let splitFrom: Int

    /// The default ``splitFrom``: below it, starting the other cores costs more than it gives.
    public static let defaultSplitFrom = 20_000

    public init(workspace: Workspace, rules: any ScheduleRules, helpers: [any ScheduleRules] = [],
                splitFrom: Int = Scheduler.defaultSplitFrom) {
        self.workspace = workspace
        self.rules = rules
        self.helpers = helpers
        self.splitFrom = max(1, splitFrom)
    }

    /// The reports whose deadline falls between `from` and `to` (both included), and those
    /// without a deadline whose reference date does.
    /// - Parameters:
    ///   - unit: Only the reports this unit owes.
    ///   - period: Only the reports of periods that share a day with this period (its own, the
    ///     shorter ones inside it, and the longer ones a receiver's deadline may come from): what
    ///     the status of one period needs, without working out every other period for every unit.
    ///   - units: Only the reports these units owe; give the receivers too, whose deadlines bound
    ///     their senders'.
    public func schedule(from: CalendarDate, to: CalendarDate, unit: UnitID? = nil, period: Period? = nil,
                         units: Set<UnitID>? = nil) -> Schedule {
        let tree = workspace.organisation
        var reports: [DueReport] = []
        var problems: [RuleProblem] = []
        // Sort keys, one per report: the day, the unit's level from the top and its place in the files.
        var keys: [SortKey] = []
        for directive in workspace.directives {
            dueReports(of: directive, years: (from.year - 1)...to.year, period: period, units: units, problems: &problems) { report, unitIndex in
                let day = report.deadline ?? report.referenceDate
                guard from <= day && day <= to && (unit == nil || report.unit == unit) else { return }
                reports.append(report)
                keys.append(SortKey(day: Int32(day.dayNumber), rank: Int32(tree.rank(ofUnitAt: unitIndex)), order: Int32(unitIndex)))
            }
        }
        let order = reports.indices.sorted { a, b in
            let keyA = keys[a], keyB = keys[b]
            if keyA != keyB { return keyA < keyB }
            let (x, y) = (reports[a], reports[b])
            if (x.directive, x.obligation, x.period.period) != (y.directive, y.obligation, y.period.period) {
                return (x.directive, x.obligation, x.period.period) < (y.directive, y.obligation, y.period.period)
            }
            return a < b
        }
        keys = []
        Self.permute(&reports, into: order)
        return Schedule(from: from, to: to, reports: reports, problems: problems + rules.takeProblems() + helpers.flatMap { $0.takeProblems() })
    }

    /// Puts `items[order[i]]` at `i`, in place. The swaps go through the array's buffer, whose
    /// `swapAt` moves values: the array's own copies each (a retain for every string and array in a
    /// report, and a release after).
    static func permute<Item>(_ items: inout [Item], into order: [Int]) {
        var placed = [Bool](repeating: false, count: order.count)
        items.withUnsafeMutableBufferPointer { items in
            for start in order.indices where !placed[start] {
                // Follow the cycle through `start`: each position takes the item its order names.
                var position = start
                while true {
                    placed[position] = true
                    let source = order[position]
                    if source == start { break }
                    items.swapAt(position, source)
                    position = source
                }
            }
        }
    }

    /// One report the directive asks for, before routes and deadlines: indices into the
    /// directive's obligations, the periods worked out and the tree's units. Small, because a
    /// national year has a million and a half of them.
    private struct Owed {
        var obligation: Int32
        var period: Int32
        var unit: Int32
        /// The day the hierarchy is read at: the period's reference date, or the unit's last day
        /// (first day) when it ends (starts) near it.
        var reference: CalendarDate
    }

    /// How far after a period's reference date a unit may start and still owe its report: a
    /// deadline is rarely later than this.
    static let lateStart = 366

    /// The day the unit at `index` is read at for a report whose reference date is `reference`,
    /// or nil when it cannot exist on that report's deadline: the reference date when it exists
    /// then; its last day when it ends within the period; its first day when it starts after the
    /// reference date (a report due later may be its).
    static func ownerDate(ofUnitAt index: Int, period: Period, reference: CalendarDate, in tree: OrganisationTree) -> CalendarDate? {
        if tree.units[index].exists(on: reference) { return reference }
        if let until = tree.units[index].validUntil, until <= reference {
            let last = until.adding(days: -1)
            return last >= period.start && tree.units[index].exists(on: last) ? last : nil
        }
        if let from = tree.units[index].validFrom, from > reference, from <= reference.adding(days: lateStart) { return from }
        return nil
    }

    /// Gives `emit` every report `directive` asks for in `years`, with the index of its unit in
    /// the tree, top level first.
    /// - Parameter problems: Where the problems of a split level go, in order, taken from the rules.
    private func dueReports(of directive: Directive, years: ClosedRange<Int>, period only: Period?,
                            units: Set<UnitID>?, problems: inout [RuleProblem], emit: (consuming DueReport, Int) -> Void) {
        let tree = workspace.organisation
        // Every (obligation, period, unit) the directive asks for, bucketed by level from the top;
        // within a level in the order obligation, year, period, unit file order.
        var periods: [(period: ReportingPeriod, decidedBy: String)] = []
        var owedByRank: [[Owed]] = Array(repeating: [], count: tree.levels.count + 1)
        // The units that may owe reports, by position in the tree, in file order.
        let candidates = units.map { units in units.compactMap { tree.index(of: $0) }.sorted() } ?? Array(tree.units.indices)
        // The units that start or end at some time: read at a day of their own near each period.
        let changing = Set(candidates.filter { tree.units[$0].validFrom != nil || tree.units[$0].validUntil != nil })
        for (obligationIndex, obligation) in directive.obligations.enumerated() {
            for year in years {
                let (owedPeriods, decidedBy) = self.periods(of: obligation, in: directive, year: year)
                for period in owedPeriods {
                    if let only, !only.overlaps(period.period) { continue }
                    let reference = min(period.period.end, obligation.deadline ?? period.period.end)
                    let periodIndex = Int32(periods.count)
                    periods.append((period, decidedBy))
                    let reporters = obligation.reporters
                    for unitIndex in candidates {
                        let at = changing.contains(unitIndex)
                            ? Self.ownerDate(ofUnitAt: unitIndex, period: period.period, reference: reference, in: tree) : reference
                        guard let at, reporters.matches(unitAt: unitIndex, at: at, in: tree) else { continue }
                        owedByRank[tree.rank(ofUnitAt: unitIndex)].append(Owed(obligation: Int32(obligationIndex), period: periodIndex,
                                                                                unit: Int32(unitIndex), reference: at))
                    }
                }
            }
        }
        let heldBefore = Self.heldBefore(in: directive)

        // The deadlines each unit's reports got so far, by unit index: a receiver's bound its senders'.
        var deadlinesByUnit: [[KnownDeadline]] = Array(repeating: [], count: tree.units.count)
        var sequential = Decider(rules: rules, recordsDeadlines: false)
        for level in owedByRank where !level.isEmpty {
            if !helpers.isEmpty, level.count >= splitFrom,
               var decided = decideSplit(level, of: directive, periods: periods, heldBefore: heldBefore, deadlines: deadlinesByUnit,
                                         problems: &problems) {
                for part in decided.indices {
                    for known in decided[part].deadlines {
                        deadlinesByUnit[known.unit].append(KnownDeadline(obligation: known.obligation, period: known.period, deadline: known.deadline))
                    }
                    problems += decided[part].problems
                    // Moved out, not copied (taken out of `decided` in place, so that nothing else
                    // shares them): a report copied costs a retain for each of its strings and
                    // arrays, and a national level has a million of them.
                    var reports: [EmittedReport] = []
                    swap(&reports, &decided[part].reports)
                    reports.drain { emitted in emit(emitted.report, emitted.unit) }
                }
            } else {
                sequential.decide(level[...], of: directive, periods: periods, heldBefore: heldBefore, scheduler: self,
                                  deadlines: &deadlinesByUnit, emit: emit)
                problems += sequential.problems
                sequential.problems = []
            }
        }
    }

    /// For each obligation of `directive` (by index), the obligations whose reports a sender of it
    /// is held before, by index: itself, and those that consolidate it.
    static func heldBefore(in directive: Directive) -> [[Bool]] {
        let obligations = directive.obligations
        return obligations.map { sender in
            obligations.map { receiver in receiver.id == sender.id || receiver.consolidates.contains(sender.id) }
        }
    }

    /// Decides `level` split among `rules` and the helpers, each part on its own core, each part
    /// seeing the deadlines of the levels above; nil when a report went to a unit of its own level
    /// or below, whose deadline the split could not see (the hooks' problems of the attempt are
    /// dropped, and the level is decided again in order).
    private func decideSplit(_ level: [Owed], of directive: Directive, periods: [(period: ReportingPeriod, decidedBy: String)],
                             heldBefore: [[Bool]], deadlines: [[KnownDeadline]], problems: inout [RuleProblem]) -> [Decided]? {
        let workers = [rules] + helpers
        problems += workers.flatMap { $0.takeProblems() }
        let size = (level.count + workers.count - 1) / workers.count
        let parts = Unchecked(Array(repeating: Decided(), count: workers.count))
        let scheduler = Unchecked(self)
        let inputs = Unchecked((level, directive, periods, deadlines, workers, heldBefore))
        DispatchQueue.concurrentPerform(iterations: workers.count) { part in
            let (level, directive, periods, deadlines, workers, heldBefore) = inputs.value
            let slice = level[min(level.count, part * size)..<min(level.count, (part + 1) * size)]
            var decider = Decider(rules: workers[part], recordsDeadlines: true)
            var local = deadlines
            var decided = Decided()
            decided.reports.reserveCapacity(slice.count)
            decider.decide(slice, of: directive, periods: periods, heldBefore: heldBefore, scheduler: scheduler.value,
                           deadlines: &local) { report, unit in
                decided.reports.append(EmittedReport(report: report, unit: unit))
            }
            decided.deadlines = decider.decidedDeadlines
            decided.problems = decider.problems
            decided.crossed = decider.sawLevelReceiver
            parts.withLock { $0[part] = decided }
        }
        let decided = parts.value
        let attempt = workers.flatMap { $0.takeProblems() }
        guard !decided.contains(where: \.crossed) else { return nil }
        problems += attempt
        return decided
    }

    /// Where a report goes in a schedule: by its day, its unit's level from the top and the unit's
    /// place in the files.
    struct SortKey: Comparable {
        var day: Int32
        var rank: Int32
        var order: Int32

        static func < (a: SortKey, b: SortKey) -> Bool { (a.day, a.rank, a.order) < (b.day, b.rank, b.order) }
    }

    /// A deadline decided for one of a unit's reports, kept because a receiver's deadline bounds
    /// its senders'. Structs, not tuples, here and below: arrays of tuples are grown element by
    /// element through run-time layouts, and a national year decides a million and a half.
    struct KnownDeadline {
        /// The obligation's index in the directive.
        var obligation: Int32
        var period: Period
        var deadline: CalendarDate

        /// A deadline with the position of its unit in the tree.
        struct OfUnit {
            var unit: Int
            var obligation: Int32
            var period: Period
            var deadline: CalendarDate
        }
    }

    /// A report decided, with the position of its unit in the tree.
    struct EmittedReport {
        var report: DueReport
        var unit: Int
    }

    /// What one part of a level gave: its reports with their units' positions, the deadlines it
    /// decided, and whether a report went to a unit of the same level or below.
    private struct Decided {
        var reports: [EmittedReport] = []
        var deadlines: [KnownDeadline.OfUnit] = []
        var problems: [RuleProblem] = []
        var crossed = false
    }

    /// Routes and deadlines for owed reports, with one set of rules and its caches.
    private struct Decider {
        let rules: any ScheduleRules
        var routes = RouteCache()
        var decisions = DecisionCache()
        /// Whether to keep ``decidedDeadlines``.
        let recordsDeadlines: Bool
        /// The deadlines decided, in order.
        var decidedDeadlines: [KnownDeadline.OfUnit] = []
        /// Whether a report went to a unit of its own level or below.
        var sawLevelReceiver = false
        /// What the core found wrong on the way: routes that cannot be resolved, deadlines before
        /// the data window.
        var problems: [RuleProblem] = []

        init(rules: any ScheduleRules, recordsDeadlines: Bool) {
            self.rules = rules
            self.recordsDeadlines = recordsDeadlines
        }

        mutating func decide(_ items: ArraySlice<Owed>, of directive: Directive, periods: [(period: ReportingPeriod, decidedBy: String)],
                             heldBefore: [[Bool]], scheduler: Scheduler, deadlines deadlinesByUnit: inout [[KnownDeadline]],
                             emit: (consuming DueReport, Int) -> Void) {
            let tree = scheduler.workspace.organisation
            var obligationIndex = -1
            var obligation = directive.obligations.first
            for owed in items {
                // Reports come grouped by obligation: copy it only when it changes.
                if Int(owed.obligation) != obligationIndex {
                    obligationIndex = Int(owed.obligation)
                    obligation = directive.obligations[obligationIndex]
                }
                guard let obligation else { continue }
                let unit = tree.units[Int(owed.unit)].id
                let (period, periodsBy) = periods[Int(owed.period)]
                var due = DueReport(directive: directive.id, obligation: obligation.id, unit: unit,
                                    period: period, referenceDate: owed.reference, deadline: obligation.deadline)
                due.routes = routes.routes(of: obligation, number: obligationIndex, forUnitAt: Int(owed.unit), at: owed.reference,
                                           in: tree, scheduler: scheduler, directive: directive, problems: &problems)
                var routeBy = "directive"
                var deadlineBy = obligation.deadline == nil ? "core" : "directive"
                if let decision = rules.route(due, of: obligation, in: directive) {
                    due.routes = decision.value
                    routeBy = decision.decidedBy
                }
                var receiverDeadline: CalendarDate?
                if let receiver = due.routes.first.flatMap({ tree.index(of: $0.to) }) {
                    if tree.rank(ofUnitAt: receiver) >= tree.rank(ofUnitAt: Int(owed.unit)) { sawLevelReceiver = true }
                    receiverDeadline = Self.receiverDeadline(for: period.period, among: deadlinesByUnit[receiver],
                                                             heldBefore: heldBefore[obligationIndex])
                }
                if let rule = obligation.deadlineRule,
                   let declared = declaredDeadline(rule, of: obligation, in: directive, period: period.period,
                                                   level: tree.units[Int(owed.unit)].level, receiverDeadline: receiverDeadline,
                                                   tree: tree) {
                    due.deadline = declared
                    deadlineBy = "directive"
                }
                if let decision = rules.deadline(due, of: obligation, in: directive, receiverDeadline: receiverDeadline) {
                    due.deadline = decision.value
                    deadlineBy = decision.decidedBy
                }
                // Owed from the day the directive is in force, by a unit that exists on the deadline.
                // Without a deadline, the period's own reference date stands for it.
                let owedOn = due.deadline ?? min(period.period.end, obligation.deadline ?? period.period.end)
                // Read in place: a unit is a large value to copy, and this runs for every report.
                guard owedOn >= directive.effectiveFrom, tree.units[Int(owed.unit)].exists(on: owedOn) else { continue }
                if let deadline = due.deadline, deadline < period.cutoffFrom {
                    problems.append(RuleProblem(
                        plugin: deadlineBy, hook: "deadline",
                        message: "\(obligation.source.map { "\($0): " } ?? "")the deadline \(deadline) of \(unit)'s \(period.period) report falls before its data window opens on \(period.cutoffFrom); no deadline is given for it. Correct the rule that gave it (decided by \(deadlineBy)), or the report's periods",
                        subject: "unit \(unit), \(directive.id)/\(obligation.id), \(period.period)"))
                    due.deadline = nil
                }
                if let deadline = due.deadline {
                    due.routes = Self.receivers(of: due.routes, on: deadline, for: unit, period: period.period, obligation: obligation,
                                                directive: directive, in: tree, problems: &problems)
                    deadlinesByUnit[Int(owed.unit)].append(KnownDeadline(obligation: Int32(obligationIndex), period: period.period, deadline: deadline))
                    if recordsDeadlines {
                        decidedDeadlines.append(KnownDeadline.OfUnit(unit: Int(owed.unit), obligation: Int32(obligationIndex),
                                                                     period: period.period, deadline: deadline))
                    }
                    // A report cannot count data after the day it is sent.
                    if due.period.cutoffTo >= deadline {
                        due.period.cutoffTo = max(due.period.cutoffFrom, deadline.adding(days: -1))
                    }
                }
                due.decidedBy = decisions.decidedBy(periods: periodsBy, route: routeBy, deadline: deadlineBy)
                emit(due, Int(owed.unit))
            }
        }

        /// The working calendars of each year with the years beside it, so that counting working
        /// days may cross New Year.
        var calendars: [Int: WorkingCalendar] = [:]

        mutating func calendar(around date: CalendarDate) -> WorkingCalendar {
            if let known = calendars[date.year] { return known }
            var calendar = WorkingCalendar()
            for year in max(1, date.year - 1)...min(9999, date.year + 1) { calendar.add(rules.workingCalendar(for: year).days(in: year)) }
            calendars[date.year] = calendar
            return calendar
        }

        /// The deadline `rule` gives the report for `period` of a unit of `level`, on a working day
        /// (a day off moves to the next one: Bộ luật Dân sự 2015, Điều 148): its day, or the
        /// latest of the reports it consolidates plus its working days; at least
        /// `beforeReceiver` working days before the receiver's. Nil when it gives none.
        mutating func declaredDeadline(_ rule: DeadlineRule, of obligation: ReportingObligation, in directive: Directive,
                                       period: Period, level: LevelID, receiverDeadline: CalendarDate?,
                                       tree: OrganisationTree) -> CalendarDate? {
            var deadline: CalendarDate?
            if let after = rule.afterConsolidated {
                var latest: CalendarDate?
                for contributor in directive.obligations where obligation.consolidates.contains(contributor.id) {
                    guard let own = contributor.deadlineRule else { continue }
                    let levels = contributor.reporters.levels.isEmpty ? tree.levels.map(\.id) : contributor.reporters.levels
                    for contributorLevel in levels {
                        guard let day = own.day(for: period, level: contributorLevel) else { continue }
                        let working = calendar(around: day).workingDay(onOrAfter: day)
                        latest = max(latest ?? working, working)
                    }
                }
                if let latest { deadline = calendar(around: latest).adding(workingDays: after, to: latest) }
            }
            if deadline == nil, let day = rule.day(for: period, level: level) {
                deadline = calendar(around: day).workingDay(onOrAfter: day)
            }
            if var found = deadline, let before = rule.beforeReceiver, let receiverDeadline {
                let latest = calendar(around: receiverDeadline).adding(workingDays: -before, to: receiverDeadline)
                if found > latest { found = latest }
                deadline = found
            }
            return deadline
        }

        /// The deadline a report for `period` is held before, among its receiver's `known`
        /// deadlines: those of the obligations it is held before, for the same period or else the
        /// shortest one containing it; the earliest of them.
        static func receiverDeadline(for period: Period, among known: [KnownDeadline], heldBefore: [Bool]) -> CalendarDate? {
            var best: (length: Int, deadline: CalendarDate)?
            let end = period.end
            for candidate in known where heldBefore[Int(candidate.obligation)]
                && candidate.period.start <= end && end <= candidate.period.end && candidate.period.start <= period.start {
                let length = candidate.period.start.days(until: candidate.period.end)
                if let current = best, (current.length, current.deadline) <= (length, candidate.deadline) { continue }
                best = (length, candidate.deadline)
            }
            return best?.deadline
        }

        /// `routes` with each receiver that no longer exists (or does not yet) on `deadline`
        /// replaced by the unit it was merged into; one that has none is a problem, and dropped.
        static func receivers(of routes: [ResolvedRoute], on deadline: CalendarDate, for unit: UnitID, period: Period,
                              obligation: ReportingObligation, directive: Directive, in tree: OrganisationTree,
                              problems: inout [RuleProblem]) -> [ResolvedRoute] {
            // Looked up by position, in place: this runs for every report with a deadline.
            guard routes.contains(where: { tree.index(of: $0.to).map { !tree.units[$0].exists(on: deadline) } ?? false }) else { return routes }
            return routes.compactMap { route in
                guard var receiver = tree.unit(route.to), !receiver.exists(on: deadline) else { return route }
                var seen: Set<UnitID> = [receiver.id]
                while !receiver.exists(on: deadline), let next = receiver.mergedInto.flatMap({ tree.unit($0) }), seen.insert(next.id).inserted {
                    receiver = next
                }
                if receiver.exists(on: deadline), let moved = tree.resolveRoute(to: receiver.id, through: route.through?.id) {
                    return moved
                }
                problems.append(RuleProblem(
                    plugin: "directive", hook: "route",
                    message: "\(obligation.source.map { "\($0): " } ?? "")\(unit)'s \(period) report is due \(deadline) to '\(route.to)', which does not exist then and was merged into no unit that does\(route.through.map { " with '\($0.id)'" } ?? ""); give '\(route.to)' a mergedInto in the unit files, or route the report elsewhere",
                    subject: "unit \(unit), \(directive.id)/\(obligation.id), \(period)"))
                return nil
            }
        }
    }

    /// The directive's routes, resolved once per obligation and receiving superior and shared
    /// by the reports that take them.
    private struct RouteCache {
        private var resolved: [RouteKey: [ResolvedRoute]] = [:]

        private struct RouteKey: Hashable {
            var obligation: Int
            /// The superior's position in the tree's units, when a route goes to the direct superior.
            var superior: Int?
        }

        /// The routes of `obligation` for the unit at `index` on `date`; a route that cannot be
        /// resolved is a problem, told once per obligation and receiver.
        mutating func routes(of obligation: ReportingObligation, number: Int, forUnitAt index: Int, at date: CalendarDate,
                             in tree: OrganisationTree, scheduler: Scheduler, directive: Directive,
                             problems: inout [RuleProblem]) -> [ResolvedRoute] {
            let needsSuperior = obligation.routes.contains { if case .directSuperior = $0.to { true } else { false } }
            let superior = needsSuperior ? tree.parentIndex(ofUnitAt: index, at: date) : nil
            let key = RouteKey(obligation: number, superior: superior)
            if let known = resolved[key] { return known }
            let unit = tree.units[index].id
            var unresolved: [String] = []
            let routes = scheduler.defaultRoutes(of: obligation, for: unit, at: date, unresolved: &unresolved)
            for reason in unresolved {
                let others = superior == nil ? "" : " (and the other units under the same superior)"
                problems.append(RuleProblem(
                    plugin: "directive", hook: "route",
                    message: "\(obligation.source.map { "\($0): " } ?? "")reporting obligation '\(obligation.id)': \(reason); the report goes to no receiver. Add the department to the receiver in the unit files, or change 'to'/'through'",
                    subject: "unit \(unit)\(others), \(directive.id)/\(obligation.id), \(date)"))
            }
            resolved[key] = routes
            return routes
        }
    }

    /// One `decidedBy` dictionary per combination of deciders, shared by the reports that have it.
    private struct DecisionCache {
        private var last: (periods: String, route: String, deadline: String, shared: [String: String])?
        private var known: [[String]: [String: String]] = [:]

        mutating func decidedBy(periods: String, route: String, deadline: String) -> [String: String] {
            // Reports in a row mostly share their deciders: compare before hashing.
            if let last, last.periods == periods, last.route == route, last.deadline == deadline { return last.shared }
            let who = [periods, route, deadline]
            let shared = known[who] ?? ["periods": periods, "route": route, "deadline": deadline]
            known[who] = shared
            last = (periods, route, deadline, shared)
            return shared
        }
    }

    /// The periods `obligation` is owed for in `year`, after the rules, and who decided them:
    /// none starting after the directive's `effectiveUntil`.
    func periods(of obligation: ReportingObligation, in directive: Directive, year: Int) -> (periods: [ReportingPeriod], decidedBy: String) {
        let proposed = defaultPeriods(of: obligation, in: directive, year: year)
        let decision = rules.periods(of: obligation, in: directive, year: year, proposed: proposed)
        let decidedBy = decision?.decidedBy ?? (obligation.periods.isEmpty ? "core" : "directive")
        var periods = decision?.value ?? proposed
        if let until = directive.effectiveUntil { periods.removeAll { $0.period.start > until } }
        return (periods, decidedBy)
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
        return periods.filter { $0.end >= directive.effectiveFrom }.map { ReportingPeriod(period: $0) }
    }

    /// The directive's routes for `unit` on `date`, with names, "direct-superior" resolved and the
    /// channel found among the receiver's departments or the workspace's units and bodies.
    /// - Parameter unresolved: Why each route left out could not be resolved.
    func defaultRoutes(of obligation: ReportingObligation, for unit: UnitID, at date: CalendarDate,
                       unresolved: inout [String]) -> [ResolvedRoute] {
        let tree = workspace.organisation
        return obligation.routes.compactMap { route in
            let receiver: UnitID
            switch route.to {
            case .organisation(let id): receiver = id
            case .directSuperior:
                guard let parent = tree.parentID(of: unit, at: date) else {
                    unresolved.append("'\(unit)' has no direct superior on \(date) (its parent has ended and was merged into no unit, or it has none)")
                    return nil
                }
                receiver = parent
            }
            if let resolved = tree.resolveRoute(to: receiver, through: route.through) { return resolved }
            if tree.shortOrFullName(of: receiver) == nil {
                unresolved.append("'\(receiver)' is not a unit or body of the workspace")
            } else {
                unresolved.append("'\(route.through ?? "")' is neither a department of '\(receiver)' nor a unit or body of the workspace (route of '\(unit)' on \(date))")
            }
            return nil
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

/// A value handed to the workers of a split level: each reads it, or writes its own slot under
/// the lock. The rules inside are each used by one worker only.
private final class Unchecked<Value>: @unchecked Sendable {
    private(set) var value: Value
    private let lock = NSLock()

    init(_ value: Value) { self.value = value }

    func withLock(_ body: (inout Value) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        body(&value)
    }
}
