import Foundation

/// Evaluates a directive's indicator targets for a period from the submissions received: the
/// latest submission of each unit counts (a resubmission corrects the first).
public struct IndicatorEvaluator: Sendable {
    public let workspace: Workspace
    /// Submissions typed by the workspace's fields, latest last.
    private let latest: [ReportKey: Submission]

    /// - Parameters:
    ///   - submissions: Everything received; those after the end of `asOf` (Vietnam's time) are
    ///     left out, so a past day can be asked about.
    public init(workspace: Workspace, submissions: [Submission], asOf: CalendarDate) {
        self.workspace = workspace
        let endOfDay = ReceivedTime.endOfDay(asOf)
        var latest: [ReportKey: Submission] = [:]
        latest.reserveCapacity(submissions.count)
        // Typed by their obligation's fields (JSON and the store keep a rating or a date as text),
        // found once per obligation.
        var typing: [ReportKey.Obligation: [ReportField]?] = [:]
        func fields(of submission: Submission) -> [ReportField]? {
            let key = ReportKey.Obligation(directive: submission.directive, obligation: submission.obligation)
            if let known = typing[key] { return known }
            let fields = workspace.directive(submission.directive)?.obligation(submission.obligation)?.fields
            typing[key] = .some(fields)
            return fields
        }
        // The latest arrival wins; of two at the same moment, the one listed later. Each keeps
        // when its report first arrived, which decides on time or late (as the status counts it):
        // one look-up per submission, the kept one changed in place.
        for submission in submissions where submission.receivedAt <= endOfDay {
            let key = ReportKey(submission)
            guard let index = latest.index(forKey: key) else {
                latest[key] = fields(of: submission).map { submission.typed(by: $0) } ?? submission
                continue
            }
            let known = latest.values[index]
            let first = min(known.firstReceivedAt ?? known.receivedAt, submission.receivedAt)
            if known.receivedAt > submission.receivedAt {
                latest.values[index].firstReceivedAt = first
            } else {
                var later = fields(of: submission).map { submission.typed(by: $0) } ?? submission
                later.firstReceivedAt = first < later.receivedAt ? first : nil
                latest.values[index] = later
            }
        }
        self.latest = latest
    }

    /// Every target of `directive` for `period`.
    public func evaluate(_ directive: Directive, period: Period) -> [IndicatorResult] {
        directive.indicators.map { evaluate($0, of: directive, period: period) }
    }

    public func evaluate(_ target: IndicatorTarget, of directive: Directive, period: Period) -> IndicatorResult {
        let tree = workspace.organisation
        switch target.measure {
        case .share(let population, let condition), .count(let population, let condition):
            // The population by position, read in place: a national population is a hundred
            // thousand units, each a large value to copy.
            let units = tree.units.indices.filter { population.matches(unitAt: $0, at: period.end, in: tree) }
            var meeting = 0
            var failures: [IndicatorResult.Failure] = []
            // The shorter periods inside `period`, longest kind first, for units that report more often.
            let inside = Self.inside(period)
            for index in units {
                let unit = tree.units[index].id
                let report = latest[ReportKey(directive: directive.id, obligation: condition.report, unit: unit, period: period)]
                    ?? (inside.isEmpty ? nil : standing(directive.id, condition.report, unit, period, inside: inside).last)
                guard let value = report?.values[condition.field] else {
                    let reason = report == nil ? "no report" : "\(condition.field) not given"
                    failures.append(.init(unit: unit, reason: reason))
                    continue
                }
                if Self.holds(value, condition) {
                    meeting += 1
                } else {
                    failures.append(.init(unit: unit, reason: "\(condition.field) = \(value)"))
                }
            }
            let achieved: Double?
            if case .share = target.measure {
                achieved = units.isEmpty ? nil : Double(meeting) / Double(units.count) * 100
            } else {
                achieved = Double(meeting)
            }
            return IndicatorResult(target: target, population: units.count, meeting: meeting, sums: nil,
                                   achieved: achieved, failures: failures)
        case .ratio(let report, let numerator, let denominator):
            let reports = received(directive, report, period)
            let top = reports.compactMap { Self.number($0.values[numerator]) }.reduce(0, +)
            let bottom = reports.compactMap { Self.number($0.values[denominator]) }.reduce(0, +)
            return IndicatorResult(target: target, population: reports.count, meeting: nil, sums: (top, bottom),
                                   achieved: bottom > 0 ? top / bottom * 100 : nil, failures: [])
        case .sum(let report, let field):
            let reports = received(directive, report, period)
            let total = reports.compactMap { Self.number($0.values[field]) }.reduce(0, +)
            return IndicatorResult(target: target, population: reports.count, meeting: nil, sums: nil,
                                   achieved: reports.isEmpty ? nil : total, failures: [])
        case .plugin:
            // Nothing to count here: a plugin's indicator hook gives the result.
            return IndicatorResult(target: target, population: 0, meeting: nil, sums: nil, achieved: nil, failures: [])
        }
    }

    /// The latest submission of each unit and report of `directive` for `period` and for the
    /// shorter periods inside it.
    public func latestSubmissions(of directive: Directive, period: Period) -> [Submission] {
        latestSubmissions(of: directive, period: period, where: { _ in true })
    }

    /// ``latestSubmissions(of:period:)`` that pass `filter` (those with a narrative, for the
    /// report): filtered before they are sorted.
    package func latestSubmissions(of directive: Directive, period: Period, where filter: (Submission) -> Bool) -> [Submission] {
        let found = latest.values.filter { $0.directive == directive.id && period.covers($0.period) && filter($0) }
        // Sorted by obligation, then unit, then period; positions are sorted rather than the
        // submissions, which are large to move.
        return found.indices.sorted { a, b in
            let (x, y) = (found[a], found[b])
            if x.obligation != y.obligation { return x.obligation < y.obligation }
            return x.unit != y.unit ? x.unit < y.unit : x.period < y.period
        }.map { found[$0] }
    }

    /// Every target of `directive` for `period`, each then shaped by `rules` (the plugins'
    /// `indicator` hooks), which see the latest submissions of the directive for the period.
    public func evaluate(_ directive: Directive, period: Period, rules: (any IndicatorRules)?) -> [IndicatorResult] {
        let results = evaluate(directive, period: period)
        guard let rules, rules.decidesIndicators else { return results }
        let submissions = latestSubmissions(of: directive, period: period)
        return results.map { rules.indicator($0, of: directive, period: period, submissions: submissions) ?? $0 }
    }

    /// The reports of `report` received for `period`, one set per unit as ``standing(_:_:_:_:inside:)``
    /// picks it: what a sum or a ratio adds up.
    private func received(_ directive: Directive, _ report: ObligationID, _ period: Period) -> [Submission] {
        let inside = Self.inside(period)
        // A period with none inside it (a month): its own reports, read in one pass.
        guard !inside.isEmpty else {
            return latest.values.filter { $0.directive == directive.id && $0.obligation == report && $0.period == period }
        }
        var units: Set<UnitID> = []
        for submission in latest.values where submission.directive == directive.id && submission.obligation == report
            && period.covers(submission.period) {
            units.insert(submission.unit)
        }
        return units.flatMap { standing(directive.id, report, $0, period, inside: inside) }
    }

    /// The reports that stand for `unit`'s `report` in `period`: its report of `period` itself
    /// when there is one, else all of those of the longest kind of period inside it that the unit
    /// reported for (its three monthly reports in a quarter, its two half-year reports in a year),
    /// in calendar order — so that a year's report and the quarters it sums are never counted
    /// twice.
    private func standing(_ directive: DirectiveID, _ report: ObligationID, _ unit: UnitID, _ period: Period,
                          inside: [[Period]]) -> [Submission] {
        if let own = latest[ReportKey(directive: directive, obligation: report, unit: unit, period: period)] { return [own] }
        for periods in inside {
            let found = periods.compactMap { latest[ReportKey(directive: directive, obligation: report, unit: unit, period: $0)] }
            if !found.isEmpty { return found }
        }
        return []
    }

    /// The periods inside `period` other than itself, grouped by kind, longest kind first.
    static func inside(_ period: Period) -> [[Period]] {
        let covered = period.covered.filter { $0 != period }
        return PeriodKind.allCases.reversed().map { kind in covered.filter { $0.kind == kind } }.filter { !$0.isEmpty }
    }

    static func number(_ value: FieldValue?) -> Double? {
        switch value {
        case .integer(let number)?: Double(number)
        case .number(let number)?: number
        default: nil
        }
    }

    /// Whether a reported value meets a condition.
    static func holds(_ value: FieldValue, _ condition: IndicatorCondition) -> Bool {
        let ordering: Int? = switch (value, condition.value) {
        case (.rating(let a), .rating(let b)): a == b ? 0 : (a < b ? -1 : 1)
        case (.date(let a), .date(let b)): a == b ? 0 : (a < b ? -1 : 1)
        default:
            if let a = number(value), let b = number(condition.value) { a == b ? 0 : (a < b ? -1 : 1) } else { nil }
        }
        switch condition.comparison {
        case .equals: return ordering.map { $0 == 0 } ?? (value == condition.value)
        case .atLeast: return (ordering ?? -1) >= 0
        case .atMost: return (ordering ?? 1) <= 0
        }
    }
}
