import BaocaoCore
import Foundation

/// The plugins of a workspace, loaded in the order `workspace.yaml` lists them (national →
/// province → district), applied as the schedule's rules.
///
/// For each decision the chain calls the hook of every plugin that provides it, in order, each
/// with the decision so far; a plugin returns a new decision or nil to keep it, and the last one to
/// return a value decides. A hook that fails — an error, a limit, a value of the wrong shape — is
/// recorded as a ``RuleProblem`` naming the plugin, its file and line, and the chain goes on with
/// the decision as it stood.
public final class PluginChain: ScheduleRules, SubmissionRules, IndicatorRules, ScoringRules, DocumentRules {
    public let runtimes: [PluginRuntime]
    public let context: PluginContext
    /// The workspace's organisation, held here so that hot look-ups borrow it instead of copying it.
    private let organisation: OrganisationTree
    var problems = ProblemLog()
    private var calendars: [Int: WorkingCalendar] = [:]
    private var calendarsInProgress: Set<Int> = []
    /// The answers of `deadline` hooks their plugins declare pure.
    private let deadlineAnswers = PureAnswers<DeadlineInput, CalendarDate?>()
    /// The hooks each plugin declares pure, in chain order.
    private var pureHooks: [Set<HookName>] = []
    /// Whether hooks declared pure are called every time and their answers compared with the one
    /// kept for the same input (what `baocao check` does): a hook that answers differently for
    /// two units sharing its key is a problem, since reusing its answer would give one unit the
    /// other's deadline.
    public var checksPurity = false
    /// The plugins (by position) whose impure answers were already told, per hook.
    private var toldImpure: Set<PluginInput<HookName>> = []

    /// Loads the workspace's plugin chain.
    /// - Parameters:
    ///   - workspace: The loaded workspace.
    ///   - locator: Where to find plugins; see ``PluginLocator/init(workspaceFolder:pluginPaths:extra:)``.
    ///   - limits: The sandbox's limits for every plugin; by default the workspace's
    ///     `pluginLimits:` (``LuaLimits/init(_:)``).
    /// - Throws: ``PluginError`` for a plugin that is missing, has a bad manifest, fails to load,
    ///   or comes before a plugin it expects before it.
    public init(workspace: Workspace, locator: PluginLocator, limits: LuaLimits? = nil,
                context: PluginContext? = nil) throws(PluginError) {
        let limits = limits ?? LuaLimits(workspace.pluginLimits)
        let context = context ?? PluginContext(workspace: workspace)
        self.context = context
        organisation = context.workspace.organisation
        context.calendar = { _ throws(LuaFunctionError) in
            throw LuaFunctionError("working days are known once every plugin has loaded; ask baocao.calendar inside a hook, not at the top of a plugin file")
        }
        var runtimes: [PluginRuntime] = []
        for (position, name) in workspace.plugins.enumerated() {
            let plugin = try locator.locate(name)
            for required in plugin.manifest.after where !workspace.plugins.prefix(position).contains(required) {
                throw .order(plugin: name, message: "plugin.yaml says it comes after '\(required)', but the chain in workspace.yaml is [\(workspace.plugins.joined(separator: ", "))]; list '\(required)' before '\(name)'")
            }
            runtimes.append(try PluginRuntime(plugin: plugin, earlier: runtimes.map(\.plugin), context: context, limits: limits))
        }
        self.runtimes = runtimes
        pureHooks = runtimes.map { PluginManifest.pureHooks(folder: $0.plugin.folder) }
        context.calendar = { [unowned self] year throws(LuaFunctionError) in try self.calendarForModule(year) }
    }

    func record(_ runtime: PluginRuntime, _ hook: HookName, _ error: LuaError, subject: String?) {
        var message = error.message
        // Lua gives no location for an allocation that failed outside any handler: name the hook.
        if !message.contains(".lua:"), let definition = runtime.definitions[hook] {
            message = "\(definition): in the hook '\(hook.rawValue)' defined here: \(message)"
        }
        problems.append(RuleProblem(plugin: runtime.name, hook: hook.rawValue, message: message,
                                    traceback: error.traceback, subject: subject))
    }

    /// The problem of a hook result of the wrong shape.
    static func unusable(_ value: LuaValue, expected: String) -> LuaFunctionError {
        let shown = value.stringValue.map { "'\($0)'" } ?? "a \(value.typeName)"
        return LuaFunctionError("the hook returned \(shown); expected \(expected), or nil to keep the decision")
    }

    /// Runs `hook` of every plugin that provides it, in chain order. Each gets `request(current, plugin)`
    /// and returns nil to keep the decision, or a value that `parse` turns into the next one. A
    /// failure or an unusable value is recorded, located at the hook, and the decision stays.
    private func fold<Value>(_ hook: HookName, from start: Value, subject: @autoclosure () -> String,
                             request: (Value, PluginRuntime) -> LuaValue,
                             parse: (LuaValue) -> Result<Value, LuaFunctionError>) -> RuleDecision<Value>? {
        fold(hook, from: start, subject: subject(), request: request, pure: Optional<PureAnswers<Never, Value>>.none,
             input: { _ in fatalError("no pure answers are kept for this hook") }, same: { _, _ in true }, parse: parse)
    }

    /// ``fold(_:from:subject:request:parse:)``, reusing the answers of the plugins that declare
    /// `hook` pure: their answers are kept in `pure` under `input` (what they depend on, given the
    /// decision so far), and parsed once.
    private func fold<Value, Input: Hashable>(_ hook: HookName, from start: Value, subject: @autoclosure () -> String,
                                              request: (Value, PluginRuntime) -> LuaValue,
                                              pure: PureAnswers<Input, Value>?, input: (Value) -> Input,
                                              same: (Value?, Value?) -> Bool,
                                              parse: (LuaValue) -> Result<Value, LuaFunctionError>) -> RuleDecision<Value>? {
        var current = start
        var decidedBy: String?
        for (position, runtime) in runtimes.enumerated() where runtime.provides(hook) {
            let key = pure.flatMap { pure in
                pureHooks[position].contains(hook) ? PluginInput(plugin: position, input: input(current)) : nil
            }
            let kept = key.flatMap { pure?.answer($0) }
            if let kept, !checksPurity {
                if let value = kept {
                    current = value
                    decidedBy = runtime.name
                }
                continue
            }
            let answer: Value?
            do {
                let result = try runtime.call(hook, [request(current, runtime)])
                if result == .nil {
                    answer = nil
                } else {
                    switch parse(result) {
                    case .success(let value):
                        answer = value
                    case .failure(let problem):
                        let location = runtime.definitions[hook].map { "\($0): " } ?? ""
                        problems.append(RuleProblem(plugin: runtime.name, hook: hook.rawValue,
                                                    message: location + problem.message, subject: subject()))
                        continue
                    }
                }
            } catch {
                record(runtime, hook, error, subject: subject())
                continue
            }
            if let key, let pure {
                if let kept {
                    if !same(kept, answer) { tellImpure(runtime, hook, position: position, kept: kept, keptFor: pure.subject(key),
                                                        answer: answer, subject: subject()) }
                } else {
                    pure.keep(answer, for: key, subject: checksPurity ? subject() : nil)
                }
            }
            if let answer {
                current = answer
                decidedBy = runtime.name
            }
        }
        return decidedBy.map { RuleDecision(current, decidedBy: $0) }
    }

    /// Records, once per plugin and hook, that a hook declared pure answered `answer` where it had
    /// answered `kept` for the same input.
    private func tellImpure<Value>(_ runtime: PluginRuntime, _ hook: HookName, position: Int, kept: Value?, keptFor: String?,
                                   answer: Value?, subject: String) {
        guard toldImpure.insert(PluginInput(plugin: position, input: hook)).inserted else { return }
        func shown(_ value: Any?) -> String {
            guard let value else { return "nil (kept the decision)" }
            let mirror = Mirror(reflecting: value)
            if mirror.displayStyle == .optional { return mirror.children.first.map { shown($0.value) } ?? "nil (no deadline)" }
            return "\(value)"
        }
        let location = runtime.definitions[hook].map { "\($0): " } ?? ""
        problems.append(RuleProblem(
            plugin: runtime.name, hook: hook.rawValue,
            message: "\(location)'\(hook.rawValue)' is declared pure in plugin.yaml, but it answered \(shown(kept)) for \(keptFor ?? "an earlier report") and \(shown(answer)) for this one, with the same input but the unit; its answer would be reused for the wrong units. Remove '\(hook.rawValue)' from 'pure:' in plugin.yaml, or make the answer depend only on the period, level, kind and deadlines",
            subject: subject))
    }

    public func takeProblems() -> [RuleProblem] { problems.take() }

    /// Starts a command: each plugin may again use ``LuaLimits/totalTime`` and print its
    /// ``PluginContext/linesPerCommand`` lines, and the problems start afresh. The library calls
    /// it each time it lends the chain to a call (``WorkspaceService`` does, through its pool).
    public func startCommand() {
        for runtime in runtimes { runtime.lua.resetTotalTime() }
        context.startCommand()
        _ = problems.take()
    }

    // MARK: calendar

    public func workingCalendar(for year: Int) -> WorkingCalendar {
        if let calendar = calendars[year] { return calendar }
        calendarsInProgress.insert(year)
        defer { calendarsInProgress.remove(year) }
        let decision = fold(.calendar, from: [CalendarDay](), subject: "year \(year)", request: { days, _ in
            .table(.view("calendar", [
                "year": .integer(Int64(year)),
                "days": .table(.list("list of calendar days", days.map(ModelViews.calendarDay))),
            ]))
        }, parse: { result in
            Self.calendarDays(result).map(Result.success)
                ?? .failure(Self.unusable(result, expected: "a list of {date = '2023-01-02', name = '…', working = false}"))
        })
        let days = decision?.value ?? []
        let calendar = WorkingCalendar(days: days)
        calendars[year] = calendar
        return calendar
    }

    private func calendarForModule(_ year: Int) throws(LuaFunctionError) -> WorkingCalendar {
        guard !calendarsInProgress.contains(year) else {
            throw LuaFunctionError("the working calendar of \(year) is being decided by the calendar hooks; a calendar hook cannot ask for working days")
        }
        return workingCalendar(for: year)
    }

    static func calendarDays(_ value: LuaValue) -> [CalendarDay]? {
        guard let list = value.tableValue else { return nil }
        var days: [CalendarDay] = []
        for item in list.array {
            guard let entry = item.tableValue, let text = entry["date"].stringValue,
                  let date = CalendarDate(parsing: text) else { return nil }
            days.append(CalendarDay(date: date, name: entry["name"].stringValue ?? "", isWorkingDay: entry["working"].isTruthy))
        }
        return days
    }

    // MARK: periods

    public func periods(of obligation: ReportingObligation, in directive: Directive, year: Int,
                        proposed: [ReportingPeriod]) -> RuleDecision<[ReportingPeriod]>? {
        fold(.periods, from: proposed, subject: "obligation \(obligation.id), \(year)", request: { current, runtime in
            .table(.view("periods request", [
                "directive": directiveView(directive, in: runtime),
                "obligation": obligationView(obligation, of: directive, in: runtime),
                "year": .integer(Int64(year)),
                "periods": .table(.list("list of periods", current.map { periodView($0, in: runtime) })),
            ]))
        }, parse: { result in
            guard let periods = Self.reportingPeriods(result) else {
                return .failure(Self.unusable(result,
                    expected: "a list of periods such as {'2023-H1', {id = '2023-H2', cutoff_from = '2023-06-15', cutoff_to = '2023-12-14'}}"))
            }
            return Self.checkPeriods(periods, year: year).map { .failure($0) } ?? .success(periods)
        })
    }

    /// The most periods a `periods` answer may list for one year: twelve months, four quarters,
    /// two halves, nine months and the year, with room for a few of a plugin's own.
    static let periodsPerYear = 32

    /// Why a `periods` answer for `year` cannot be used: a period of another year, one listed
    /// twice (each would be owed twice), or more than ``periodsPerYear``; nil when it can.
    static func checkPeriods(_ periods: [ReportingPeriod], year: Int) -> LuaFunctionError? {
        guard periods.count <= periodsPerYear else {
            return LuaFunctionError("the hook returned \(periods.count) periods for \(year); a year has at most \(periodsPerYear) (months, quarters, halves, nine months, the year)")
        }
        if let other = periods.first(where: { $0.period.year != year }) {
            return LuaFunctionError("the hook returned the period '\(other.period)' when asked for \(year); return only periods of \(year)")
        }
        var seen = Set<Period>()
        for period in periods where !seen.insert(period.period).inserted {
            let times = periods.filter { $0.period == period.period }.count
            return LuaFunctionError("the hook returned the period '\(period.period)' \(times) times; list each period once, or each would be owed \(times) times")
        }
        return nil
    }

    static func reportingPeriods(_ value: LuaValue) -> [ReportingPeriod]? {
        guard let list = value.tableValue else { return nil }
        var periods: [ReportingPeriod] = []
        for item in list.array {
            if let text = item.stringValue, let period = Period(parsing: text) {
                periods.append(ReportingPeriod(period: period))
                continue
            }
            guard let entry = item.tableValue, let text = entry["id"].stringValue, let period = Period(parsing: text) else { return nil }
            let from = entry["cutoff_from"].stringValue.flatMap(CalendarDate.init(parsing:))
            let to = entry["cutoff_to"].stringValue.flatMap(CalendarDate.init(parsing:))
            if entry["cutoff_from"] != .nil && from == nil { return nil }
            if entry["cutoff_to"] != .nil && to == nil { return nil }
            let reporting = ReportingPeriod(period: period, cutoffFrom: from, cutoffTo: to)
            guard reporting.cutoffFrom <= reporting.cutoffTo else { return nil }
            periods.append(reporting)
        }
        return periods
    }

    // MARK: route and deadline

    public func route(_ due: DueReport, of obligation: ReportingObligation, in directive: Directive) -> RuleDecision<[ResolvedRoute]>? {
        fold(.route, from: due.routes, subject: subject(of: due), request: { routes, runtime in
            var current = due
            current.routes = routes
            return dueView(current, obligation: obligation, directive: directive, receiverDeadline: nil, in: runtime)
        }, parse: { result in resolveRoutes(result, for: due) })
    }

    /// The most receivers one report may be routed to.
    static let routesPerReport = 16

    private func resolveRoutes(_ value: LuaValue, for due: DueReport) -> Result<[ResolvedRoute], LuaFunctionError> {
        let tree = context.workspace.organisation
        let items: [LuaValue]
        if value.stringValue != nil || value.tableValue?["to"] != .nil {
            items = [value]  // a single route
        } else if let table = value.tableValue {
            items = table.array
        } else {
            return .failure(LuaFunctionError("the hook returned a \(value.typeName); expected a list of routes such as {{to = 'ubnd-tinh', through = 'so-noi-vu'}}, or nil to keep the decision"))
        }
        guard items.count <= Self.routesPerReport else {
            return .failure(LuaFunctionError("the hook returned \(items.count) routes for one report; a report goes to at most \(Self.routesPerReport) receivers"))
        }
        var routes: [ResolvedRoute] = []
        for item in items {
            let to: String?
            let through: String?
            if let text = item.stringValue {
                (to, through) = (text, nil)
            } else if let entry = item.tableValue {
                (to, through) = (entry["to"].stringValue, entry["through"].stringValue)
            } else {
                return .failure(LuaFunctionError("a route is a \(item.typeName); expected {to = 'ubnd-tinh', through = 'so-noi-vu'}"))
            }
            guard var receiver = to else {
                return .failure(LuaFunctionError("a route has no 'to'; expected {to = 'ubnd-tinh', through = 'so-noi-vu'}"))
            }
            if receiver == RouteTarget.directSuperiorKeyword {
                guard let parent = tree.parent(of: due.unit, at: due.referenceDate) else {
                    return .failure(LuaFunctionError("unit '\(due.unit)' has no direct superior on \(due.referenceDate)"))
                }
                receiver = parent.id
            }
            guard let route = tree.resolveRoute(to: receiver, through: through) else {
                let what = tree.shortOrFullName(of: receiver) == nil
                    ? "'\(receiver)' is not a unit or body of the workspace"
                    : "'\(through ?? "")' is neither a department of '\(receiver)' nor a unit or body of the workspace"
                return .failure(LuaFunctionError("the hook routed to \(what)"))
            }
            routes.append(route)
        }
        return .success(routes)
    }

    public func deadline(_ due: DueReport, of obligation: ReportingObligation, in directive: Directive,
                         receiverDeadline: CalendarDate?) -> RuleDecision<CalendarDate?>? {
        fold(.deadline, from: due.deadline, subject: subject(of: due), request: { deadline, runtime in
            var current = due
            current.deadline = deadline
            return dueView(current, obligation: obligation, directive: directive, receiverDeadline: receiverDeadline, in: runtime)
        }, pure: deadlineAnswers, input: { deadline in
            let unit = self.organisation.index(of: due.unit)
            return DeadlineInput(directive: directive.id, obligation: obligation.id, period: due.period,
                                 level: unit.map { self.organisation.units[$0].level },
                                 kind: unit.flatMap { self.organisation.units[$0].kind }, referenceDate: due.referenceDate,
                                 deadline: deadline, receiverDeadline: receiverDeadline)
        }, same: { $0 == $1 }, parse: { result in
            guard let text = result.stringValue, let date = CalendarDate(parsing: text) else {
                return .failure(Self.unusable(result, expected: "a date such as '2023-11-01'"))
            }
            return .success(date)
        })
    }

    // MARK: validate

    /// Every plugin's `validate` hook, in chain order; each sees the submission as it is (findings
    /// do not change it) and adds its own findings.
    /// Whether some plugin has a `validate` hook.
    public var validatesSubmissions: Bool { runtimes.contains { $0.provides(.validate) } }

    public func validate(_ submission: Submission) -> [SubmissionFinding] {
        // The cheap test first: most chains have no validate hook, and a national ingest asks per row.
        guard validatesSubmissions,
              let directive = context.workspace.directive(submission.directive),
              let obligation = directive.obligation(submission.obligation) else { return [] }
        var findings: [SubmissionFinding] = []
        let subject = "unit \(submission.unit), \(directive.id)/\(obligation.id), \(submission.period)"
        for runtime in runtimes where runtime.provides(.validate) {
            let view = submissionView(submission, obligation: obligation, directive: directive, in: runtime)
            do {
                let result = try runtime.call(.validate, [view])
                if result == .nil { continue }
                switch Self.findings(result, plugin: runtime.name) {
                case .success(let found): findings += found
                case .failure(let problem):
                    let location = runtime.definitions[.validate].map { "\($0): " } ?? ""
                    problems.append(RuleProblem(plugin: runtime.name, hook: HookName.validate.rawValue,
                                                message: location + problem.message, subject: subject))
                }
            } catch {
                record(runtime, .validate, error, subject: subject)
            }
        }
        return findings
    }

    /// The most findings one plugin may give one submission.
    static let findingsPerSubmission = 100

    static func findings(_ value: LuaValue, plugin: String) -> Result<[SubmissionFinding], LuaFunctionError> {
        let expected = "nil, a message, or a list of {message = '…', field = '…', level = 'error' or 'warning'}"
        let items: [LuaValue]
        if value.stringValue != nil || value.tableValue?["message"] != .nil {
            items = [value]
        } else if let table = value.tableValue {
            items = table.array
        } else {
            return .failure(unusable(value, expected: expected))
        }
        guard items.count <= findingsPerSubmission else {
            return .failure(LuaFunctionError("the hook returned \(items.count) findings for one submission; at most \(findingsPerSubmission)"))
        }
        var findings: [SubmissionFinding] = []
        for item in items {
            if let text = item.stringValue {
                findings.append(SubmissionFinding(severity: .error, message: text, plugin: plugin))
                continue
            }
            guard let entry = item.tableValue, let message = entry["message"].stringValue else {
                return .failure(unusable(item, expected: expected))
            }
            let severity: SubmissionFinding.Severity
            switch entry["level"].stringValue ?? "error" {
            case "error": severity = .error
            case "warning": severity = .warning
            case let other: return .failure(LuaFunctionError("a finding has the level '\(other)'; use 'error' or 'warning'"))
            }
            findings.append(SubmissionFinding(severity: severity, field: entry["field"].stringValue, message: message, plugin: plugin))
        }
        return .success(findings)
    }

    private func submissionView(_ submission: Submission, obligation: ReportingObligation, directive: Directive,
                                in runtime: PluginRuntime) -> LuaValue {
        let tree = context.workspace.organisation
        var values: [String: LuaValue] = [:]
        for (id, value) in submission.values {
            values[id] = switch value {
            case .boolean(let flag): .boolean(flag)
            case .integer(let number): .integer(Int64(number))
            case .number(let number): .number(number)
            case .text(let text): .string(text)
            case .rating(let rating): .string(rating.rawValue)
            case .date(let date): .string(date.description)
            }
        }
        let received = LuaValue.string(ReceivedTime.text(of: submission.receivedAt))
        return .table(.view("submission", [
            "directive": directiveView(directive, in: runtime),
            "obligation": obligationView(obligation, of: directive, in: runtime),
            "unit": tree.unit(submission.unit).map { ModelViews.unit($0, tree: tree) } ?? .nil,
            "period": ModelViews.period(submission.period),
            "received": received,
            // The same text for a first arrival: formatted once (a national period has 126,000).
            "first_received": submission.firstReceivedAt.map { .string(ReceivedTime.text(of: $0)) } ?? received,
            "declared_received": submission.declaredReceivedAt.map { .string(ReceivedTime.text(of: $0)) } ?? .nil,
            "values": .table(.view("values", values)),
            "narrative": .optional(submission.narrative),
            "source": .optional(submission.source),
        ]))
    }

    // MARK: indicator

    public var decidesIndicators: Bool { runtimes.contains { $0.provides(.indicator) } }

    public func indicator(_ result: IndicatorResult, of directive: Directive, period: Period,
                          submissions: [Submission]) -> IndicatorResult? {
        guard runtimes.contains(where: { $0.provides(.indicator) }) else { return nil }
        var decided = result
        let measure: String = switch result.target.measure {
        case .share: "share"
        case .count: "count"
        case .ratio: "ratio"
        case .sum: "sum"
        case .plugin: "plugin"
        }
        let target = LuaValue.table(.view("indicator target", [
            "id": .string(result.target.id), "item": .optional(result.target.item), "text": .string(result.target.text),
            "measure": .string(measure), "target": .string(result.target.target.description),
            "aspirational": .boolean(result.target.isAspirational),
        ]))
        // Every target of a report is shaped with the same submissions: viewed once per plugin.
        return fold(.indicator, from: result, subject: "\(directive.id) target \(result.target.id), \(period)", request: { current, runtime in
            let list = runtime.reused(.indicator, submissions) {
                .table(.list("list of submissions", submissions.compactMap { submission -> LuaValue? in
                    guard let obligation = directive.obligation(submission.obligation) else { return nil }
                    return self.submissionView(submission, obligation: obligation, directive: directive, in: runtime)
                }))
            }
            return .table(.view("indicator request", [
                "target": target,
                "directive": self.directiveView(directive, in: runtime),
                "period": ModelViews.period(period),
                "result": .table(.view("indicator result", [
                    "achieved": current.achieved.map(LuaValue.number) ?? .nil,
                    "population": .integer(Int64(current.population)),
                    "meeting": current.meeting.map { .integer(Int64($0)) } ?? .nil,
                    "failing": .table(.list("list of failures", current.failures.map { failure in
                        .table(.view("failure", ["unit": .string(failure.unit), "reason": .string(failure.reason)]))
                    })),
                ])),
                "submissions": list,
            ]))
        }, parse: { value in
            // Each plugin's answer updates the decision so far, not the core's count: a later
            // plugin that gives only 'achieved' keeps the failing units an earlier one named.
            let parsed = Result { () throws(LuaFunctionError) in
                try Self.indicatorResult(value, updating: decided, units: self.organisation.units.count)
            }
            if case .success(let updated) = parsed { decided = updated }
            return parsed
        })?.value
    }

    /// `result` with what an indicator hook returned, every number checked: `achieved` a finite
    /// number, `population` and `meeting` whole numbers ≥ 0, `meeting` at most the population.
    static func indicatorResult(_ value: LuaValue, updating result: IndicatorResult, units: Int = .max) throws(LuaFunctionError) -> IndicatorResult {
        let expected = "{achieved = 75.0, population = 12, meeting = 9, failing = {{unit = '…', reason = '…'}}}"
        guard let table = value.tableValue else { throw unusable(value, expected: expected) }
        var updated = result
        guard HookNumbers.number(table["achieved"]) != nil else {
            throw LuaFunctionError("the hook's result has no number 'achieved'; expected \(expected)")
        }
        updated.achieved = try HookNumbers.finite(table["achieved"], "the hook's 'achieved'")
        if table["population"] != .nil { updated.population = try HookNumbers.count(table["population"], "the hook's 'population'") }
        if table["meeting"] != .nil {
            let meeting = try HookNumbers.count(table["meeting"], "the hook's 'meeting'")
            guard meeting <= updated.population else {
                throw LuaFunctionError("the hook's 'meeting' (\(meeting)) is more than its 'population' (\(updated.population)); 'meeting' counts units of the population")
            }
            updated.meeting = meeting
        }
        if let failing = table["failing"].tableValue {
            guard failing.array.count <= units else {
                throw LuaFunctionError("the hook lists \(failing.array.count) failing units; the workspace has \(units)")
            }
            var failures: [IndicatorResult.Failure] = []
            for item in failing.array {
                guard let entry = item.tableValue, let unit = entry["unit"].stringValue else {
                    throw LuaFunctionError("a failing entry is not {unit = '…', reason = '…'}")
                }
                failures.append(.init(unit: unit, reason: entry["reason"].stringValue ?? ""))
            }
            updated.failures = failures
        }
        return updated
    }

    // MARK: score

    /// Whether some plugin has a `score` hook.
    public var scoresUnits: Bool { runtimes.contains { $0.provides(.score) } }

    public func score(unit: UnitID, directive: Directive, period: Period, submissions: [Submission]) -> ScoringSheet? {
        let tree = context.workspace.organisation
        guard let unitView = tree.unit(unit).map({ ModelViews.unit($0, tree: tree) }) else { return nil }
        // A report scores every unit with the same submissions: their views are built in each
        // plugin's state once, and pushed from there to each call (see PluginRuntime.reused).
        return fold(.score, from: ScoringSheet?.none, subject: "unit \(unit), \(directive.id), \(period)", request: { current, runtime in
            let list = runtime.reused(.score, submissions) {
                .table(.list("list of submissions", submissions.compactMap { submission -> LuaValue? in
                    guard let obligation = directive.obligation(submission.obligation) else { return nil }
                    return self.submissionView(submission, obligation: obligation, directive: directive, in: runtime)
                }))
            }
            return .table(.view("score request", [
                "unit": unitView,
                "directive": self.directiveView(directive, in: runtime),
                "period": ModelViews.period(period),
                "submissions": list,
                "sheet": current.map { sheet in
                    .table(.view("scoring sheet", [
                        "total": .number(sheet.total), "rating": .optional(sheet.rating?.rawValue),
                        "criteria": .table(.list("list of criteria", sheet.criteria.map { criterion in
                            .table(.view("criterion", [
                                "id": .string(criterion.id), "title": .string(criterion.title),
                                "max": .number(criterion.maximum), "points": .number(criterion.points),
                                "evidence": .string(criterion.evidence),
                            ]))
                        })),
                    ]))
                } ?? .nil,
            ]))
        }, parse: { value in
            let expected = "{criteria = {{id = '…', title = '…', max = 20, points = 18, evidence = '…'}}, rating = 'Tốt'}"
            guard let table = value.tableValue, let criteria = table["criteria"].tableValue else {
                return .failure(Self.unusable(value, expected: expected))
            }
            var lines: [ScoringSheet.Criterion] = []
            for item in criteria.array {
                guard let entry = item.tableValue, let id = entry["id"].stringValue,
                      HookNumbers.number(entry["max"]) != nil, HookNumbers.number(entry["points"]) != nil else {
                    return .failure(LuaFunctionError("a criterion is not {id =, title =, max =, points =, evidence =}; expected \(expected)"))
                }
                switch Result(catching: { () throws(LuaFunctionError) in try Self.criterion(entry, id: id) }) {
                case .success(let line): lines.append(line)
                case .failure(let problem): return .failure(problem)
                }
            }
            guard lines.reduce(0, { $0 + $1.maximum }).isFinite else {
                return .failure(LuaFunctionError("the criteria's 'max' add up to more than a number holds; give each criterion the points it is worth"))
            }
            var rating: Rating?
            if let text = table["rating"].stringValue {
                guard let parsed = Rating(name: text) else {
                    return .failure(LuaFunctionError("'\(text)' is not a rating; use Tốt, Khá, Trung bình or Yếu"))
                }
                rating = parsed
            }
            return .success(ScoringSheet(unit: unit, directive: directive.id, period: period, criteria: lines,
                                         rating: rating, scoredBy: ""))
        }).flatMap { decision in
            decision.value.map { sheet in
                var sheet = sheet
                sheet.scoredBy = decision.decidedBy
                return sheet
            }
        }
    }

    /// A criterion of a score hook's sheet, its numbers checked: `max` a finite number ≥ 0, and
    /// `points` a finite number between 0 and `max`.
    static func criterion(_ entry: LuaTable, id: String) throws(LuaFunctionError) -> ScoringSheet.Criterion {
        let maximum = try HookNumbers.finite(entry["max"], "criterion '\(id)': 'max'", .atLeastZero)
        let points = try HookNumbers.finite(entry["points"], "criterion '\(id)': 'points'")
        guard points >= 0, points <= maximum else {
            throw LuaFunctionError("criterion '\(id)' gives \(HookNumbers.shown(entry["points"])) points of at most \(HookNumbers.shown(entry["max"])); its 'points' lie between 0 and its 'max'")
        }
        return .init(id: id, title: entry["title"].stringValue ?? id, maximum: maximum, points: points,
                     evidence: entry["evidence"].stringValue ?? "")
    }

    // MARK: Views

    private func subject(of due: DueReport) -> String {
        "unit \(due.unit), \(due.directive)/\(due.obligation), \(due.period.period)"
    }

    // Views many calls share are kept in each plugin's state and pushed from there.

    func directiveView(_ directive: Directive, in runtime: PluginRuntime) -> LuaValue {
        runtime.kept("directive " + directive.id) { ModelViews.directive(directive) }
    }

    private func obligationView(_ obligation: ReportingObligation, of directive: Directive, in runtime: PluginRuntime) -> LuaValue {
        runtime.kept("obligation \(directive.id)/\(obligation.id)") { ModelViews.obligation(obligation) }
    }

    private func periodView(_ period: ReportingPeriod, in runtime: PluginRuntime) -> LuaValue {
        runtime.kept("period \(period.period) \(period.cutoffFrom) \(period.cutoffTo)") { ModelViews.reportingPeriod(period) }
    }

    func dueView(_ due: DueReport, obligation: ReportingObligation, directive: Directive,
                 receiverDeadline: CalendarDate?, in runtime: PluginRuntime) -> LuaValue {
        let tree = context.workspace.organisation
        return .table(.view("due report", [
            "directive": directiveView(directive, in: runtime),
            "obligation": obligationView(obligation, of: directive, in: runtime),
            "unit": tree.unit(due.unit).map { ModelViews.unit($0, tree: tree) } ?? .nil,
            "period": periodView(due.period, in: runtime),
            "reference_date": .string(due.referenceDate.description),
            "deadline": ModelViews.date(due.deadline),
            "receiver_deadline": ModelViews.date(receiverDeadline),
            "routes": .table(.list("list of routes", due.routes.map(ModelViews.route))),
        ]))
    }
}

/// What a pure hook's answer is kept under: the plugin (its place in the chain), and what the
/// answer depends on.
struct PluginInput<Input: Hashable>: Hashable {
    var plugin: Int
    var input: Input
}

/// The parsed answers of a pure hook, by plugin and input; `.some(nil)` is a hook that kept the
/// decision. A failed call is not kept: it is asked again, and its problem recorded again.
final class PureAnswers<Input: Hashable, Value> {
    private var answers: [PluginInput<Input>: Value?] = [:]
    /// What each answer was given for, when purity is checked.
    private var subjects: [PluginInput<Input>: String] = [:]
    /// The last answer given: units in a row mostly ask the same, and comparing is cheaper than hashing.
    private var last: (key: PluginInput<Input>, answer: Value?)?

    /// The answer kept for `key`: `.some(nil)` when the hook kept the decision, nil when unknown.
    func answer(_ key: PluginInput<Input>) -> Value?? {
        if let last, last.key == key { return .some(last.answer) }
        guard let answer = answers[key] else { return nil }
        last = (key, answer)
        return .some(answer)
    }

    func keep(_ answer: Value?, for key: PluginInput<Input>, subject: String? = nil) {
        answers[key] = .some(answer)
        if let subject { subjects[key] = subject }
        last = (key, answer)
    }

    /// What the answer kept under `key` was given for, when it was noted.
    func subject(_ key: PluginInput<Input>) -> String? { subjects[key] }
}

/// What a pure `deadline` hook's answer depends on: everything its view shows but the unit's
/// identity.
private struct DeadlineInput: Hashable {
    var directive: DirectiveID
    var obligation: ObligationID
    var period: ReportingPeriod
    var level: LevelID?
    var kind: KindID?
    var referenceDate: CalendarDate
    var deadline: CalendarDate?
    var receiverDeadline: CalendarDate?
}
