import BaocaoCore
import BaocaoDocument
import BaocaoImport
import BaocaoLua
import BaocaoStore
import Foundation

/// A workspace opened for use: its model, its plugin chain and its store, behind the questions a
/// province asks — what is due, who has reported, which targets are met, how a unit scores — and
/// the two things it does: store what units send, and write the consolidated report.
///
/// This is the library's front door; the `baocao` command and `baocao serve` use nothing else.
/// It is `Sendable` and safe to call from many tasks at once: each call borrows a plugin chain of
/// its own from a pool (a Lua state is never shared between threads), and the store serialises
/// its writes.
///
/// ```swift
/// let service = try WorkspaceService(folder: "examples/tay-ninh")
/// let due = service.schedule(from: CalendarDate(parsing: "2023-10-26")!, to: CalendarDate(parsing: "2023-11-01")!)
/// for report in due.value.reports { print(report.deadline!, report.unit, report.obligation) }
/// ```
public final class WorkspaceService: Sendable {
    /// The workspace folder, as given.
    public let folder: String
    /// The loaded model: units, levels, directives, the plugin chain's names.
    public let workspace: Workspace
    private let pool: PluginPool
    private let storeBox: StoreBox

    /// Loads the workspace in `folder` and its plugin chain (checked once here, so a broken
    /// plugin is reported now rather than on the first question).
    /// - Parameters:
    ///   - extraPluginPaths: More folders to look for plugins in, before the workspace's own.
    ///   - log: Where `baocao.log` and `print` in plugins write (default: standard error).
    /// - Throws: ``WorkspaceServiceError/workspace(_:)`` with located diagnostics, or
    ///   ``WorkspaceServiceError/plugins(_:)``.
    public init(folder: String, extraPluginPaths: [String] = [],
                log: @escaping @Sendable (PluginLogEntry) -> Void = PluginLogEntry.printToStandardError) throws(WorkspaceServiceError) {
        self.folder = folder
        let workspace: Workspace
        do {
            workspace = try WorkspaceLoader(path: folder).load()
        } catch {
            throw .workspace(error)
        }
        self.workspace = workspace
        let locator = PluginLocator(workspaceFolder: folder, pluginPaths: workspace.pluginPaths, extra: extraPluginPaths)
        let make: @Sendable () throws(PluginError) -> PluginChain = { () throws(PluginError) in
            try PluginChain(workspace: workspace, locator: locator, context: PluginContext(workspace: workspace, log: log))
        }
        pool = PluginPool(make: make)
        do {
            pool.add(try make())
        } catch {
            throw .plugins(error)
        }
        storeBox = StoreBox(folder: folder)
    }

    /// When the rules of this workspace last changed: the newest modification time of the files
    /// in its folder (workspace.yaml, units, directives; not its store, nor hidden files) and in
    /// its plugins' folders. A calendar's SEQUENCE and LAST-MODIFIED come from it, so that two
    /// exports of unchanged rules carry the same numbers. Nil when no file can be read.
    public func rulesModified() -> Date? {
        var folders = [URL(fileURLWithPath: folder)]
        if let plugins = try? pool.withChain({ chain in chain.runtimes.map(\.plugin.folder) }).0 { folders += plugins }
        var newest: Date?
        for root in folders {
            guard let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.contentModificationDateKey, .isRegularFileKey],
                                                             options: [.skipsHiddenFiles]) else { continue }
            for case let file as URL in files {
                guard let values = try? file.resourceValues(forKeys: [.contentModificationDateKey, .isRegularFileKey]),
                      values.isRegularFile == true, let modified = values.contentModificationDate else { continue }
                newest = max(newest ?? modified, modified)
            }
        }
        return newest
    }

    /// Runs `body` with a plugin chain of this call's own. For embedders who need the chain
    /// itself (its rules, its plugins' tests); the chain must not escape `body`.
    public func withPlugins<Value: Sendable>(_ body: (PluginChain) throws -> Value) throws -> RuleAnswer<Value> {
        let (value, problems) = try pool.withChain(body)
        return RuleAnswer(value: value, problems: problems)
    }

    private func withChain<Value: Sendable>(_ body: (PluginChain) throws(WorkspaceServiceError) -> Value) throws(WorkspaceServiceError) -> RuleAnswer<Value> {
        try withChains(1) { chains throws(WorkspaceServiceError) in try body(chains[0]) }
    }

    /// How many plugin chains a schedule is split among (see ``Scheduler``): one per core when it
    /// covers the `whole` of a workspace large enough to split, else one.
    private func chainCount(whole: Bool) -> Int {
        whole && workspace.organisation.units.count >= Scheduler.defaultSplitFrom ? ProcessInfo.processInfo.activeProcessorCount : 1
    }

    /// ``withChain(_:)`` with `count` chains, for work split among cores.
    private func withChains<Value: Sendable>(_ count: Int, _ body: ([PluginChain]) throws(WorkspaceServiceError) -> Value) throws(WorkspaceServiceError) -> RuleAnswer<Value> {
        do {
            let (value, problems) = try pool.withChains(count) { chains in try body(chains) }
            return RuleAnswer(value: value, problems: problems)
        } catch let error as WorkspaceServiceError {
            throw error
        } catch let error as PluginError {
            throw .plugins(error)
        } catch {
            throw .plugins(.load(plugin: "?", message: "\(error)"))
        }
    }

    // MARK: look-ups

    /// The directive named by `key` (its id or number); with no key, the workspace's only one.
    public func directive(_ key: String? = nil) throws(WorkspaceServiceError) -> Directive {
        if let key, let found = workspace.directive(key) { return found }
        if key == nil, workspace.directives.count == 1 { return workspace.directives[0] }
        throw .unknownDirective(key: key, available: workspace.directives.map { $0.number ?? $0.id })
    }

    /// The unit with this id.
    public func unit(_ id: UnitID) throws(WorkspaceServiceError) -> OrganisationUnit {
        guard let unit = workspace.organisation.unit(id) else {
            throw .unknownUnit(id, suggestion: YAMLFile.closest(to: id, in: workspace.organisation.units.map(\.id)))
        }
        return unit
    }

    /// The level with this id.
    public func level(_ id: LevelID) throws(WorkspaceServiceError) -> Level {
        let levels = workspace.organisation.levels
        guard let level = levels.first(where: { $0.id == id }) else { throw .unknownLevel(id, available: levels.map(\.id)) }
        return level
    }

    // MARK: questions

    /// Every report due from `from` to `to` (of one unit, when given): who, what, to whom, through
    /// whom, by when, and which rule decided each.
    public func schedule(from: CalendarDate, to: CalendarDate, unit: UnitID? = nil) throws(WorkspaceServiceError) -> RuleAnswer<Schedule> {
        if let unit { _ = try self.unit(unit) }
        return try withChains(chainCount(whole: unit == nil)) { chains in
            Scheduler(workspace: workspace, rules: chains[0], helpers: Array(chains.dropFirst())).schedule(from: from, to: to, unit: unit)
        }.carrying(\.problems)
    }

    /// What `baocao check` runs beyond the files: the schedule of each directive's first year in
    /// force (from the earliest `effectiveFrom`, a year on from the latest), with every hook
    /// declared pure called for each report and its answers compared
    /// (``PluginChain/checksPurity``). Its ``RuleAnswer/problems`` are everything a run over that
    /// year would meet: hook failures, unusable answers, routes that cannot be resolved.
    public func trialSchedule() throws(WorkspaceServiceError) -> RuleAnswer<Schedule> {
        let starts = workspace.directives.map(\.effectiveFrom)
        guard let from = starts.min(), let last = starts.max() else {
            return RuleAnswer(value: Schedule(from: ReceivedTime.today, to: ReceivedTime.today, reports: [], problems: []), problems: [])
        }
        let to = last.adding(days: 365)
        return try withChain { chain in
            chain.checksPurity = true
            defer { chain.checksPurity = false }
            return Scheduler(workspace: workspace, rules: chain).schedule(from: from, to: to)
        }.carrying(\.problems)
    }

    /// The submissions stored (of one directive, when given), resubmissions included.
    public func submissions(directive: DirectiveID? = nil) throws(WorkspaceServiceError) -> [Submission] {
        do {
            return try storeBox.store().submissions(directive: directive).map(\.submission)
        } catch {
            throw .store(error)
        }
    }

    /// Every stored submission that counts (its file not retracted), resubmissions included, in
    /// the order stored, one ``DataValue`` per value: what `baocao export` writes, and what
    /// `baocao ingest` reads back into an empty store to give the same status, arrivals and
    /// resubmissions.
    /// - Parameters:
    ///   - period: Only those of this period.
    ///   - directive: Only those of this directive.
    public func dataValues(period: Period? = nil, directive: DirectiveID? = nil) throws(WorkspaceServiceError) -> [DataValue] {
        do throws(StoreError) {
            let store = try storeBox.store()
            let stored: [StoredSubmission]
            if let period {
                stored = try store.submissions(period: period, directive: directive)
            } else {
                stored = try store.submissions(directive: directive)
            }
            let files = Dictionary(uniqueKeysWithValues: try store.sourceFiles().map { ($0.id, $0) })
            var fields: [String: [FieldID]] = [:]
            var values: [DataValue] = []
            values.reserveCapacity(stored.count)
            for entry in stored {
                let submission = entry.submission
                let key = submission.directive + "/" + submission.obligation
                if fields[key] == nil {
                    fields[key] = workspace.directive(submission.directive)?.obligation(submission.obligation)?.fields.map(\.id) ?? []
                }
                let file = files[entry.fileID]
                values += DataValue.rows(of: submission, id: entry.id, fields: fields[key] ?? [], storedBy: file?.method,
                                         lastUpdated: file.flatMap { ReceivedTime.parse($0.ingestedAt) })
            }
            return values
        } catch {
            throw .store(error)
        }
    }

    /// The submissions of one period, read from the store filtered by period (and directive).
    private func submissions(period: Period, directive: DirectiveID?) throws(WorkspaceServiceError) -> [Submission] {
        do {
            // Each moved out of what the store read, not copied.
            var stored = try storeBox.store().submissions(period: period, directive: directive)
            var submissions: [Submission] = []
            submissions.reserveCapacity(stored.count)
            stored.drain { submissions.append($0.submission) }
            return submissions
        } catch {
            throw .store(error)
        }
    }

    /// Expected against received for `period` as of the end of `asOf`.
    /// - Parameter under: Only the reports of this unit and the units below it (a province, in a
    ///   national workspace).
    /// - Parameter obligation: Only the reports of this obligation (its id).
    public func status(period: Period, asOf: CalendarDate, directive: DirectiveID? = nil, level: LevelID? = nil,
                       unit: UnitID? = nil, under: UnitID? = nil, obligation: ObligationID? = nil) throws(WorkspaceServiceError) -> RuleAnswer<ComplianceReport> {
        if let under { _ = try self.unit(under) }
        if let unit { _ = try self.unit(unit) }
        if let level { _ = try self.level(level) }
        if let obligation { try check(obligation: obligation, in: directive) }
        // Only which report each submission of the period answers and when it came: no values;
        // with `under`, only that unit's and those below it. Read on another core while the
        // schedule is worked out.
        let units = under.map { under in
            Set([under] + workspace.organisation.descendants(of: under, at: period.end).map(\.id))
        }
        let store: any SubmissionStoring
        do {
            store = try storeBox.store()
        } catch {
            throw .store(error)
        }
        let read = ConcurrentRead { () throws(StoreError) -> [Submission] in try store.receipts(period: period, directive: directive, units: units) }
        let answer = try withChains(chainCount(whole: under == nil)) { chains throws(WorkspaceServiceError) in
            ComplianceReport(workspace: workspace, rules: chains[0], helpers: Array(chains.dropFirst()), period: period, asOf: asOf,
                             directive: directive, level: level, unit: unit, under: under, obligation: obligation,
                             submissions: { read.value ?? [] })
        }
        if let error = read.error { throw .store(error) }
        return answer.carrying(\.problems)
    }

    /// Throws ``WorkspaceServiceError/unknownObligation(_:suggestion:)``, naming the nearest id,
    /// unless `obligation` is a report of `directive` (of any directive, when nil).
    func check(obligation: ObligationID, in directive: DirectiveID?) throws(WorkspaceServiceError) {
        let ids = workspace.directives.filter { directive == nil || $0.id == directive }.flatMap { $0.obligations.map(\.id) }
        guard ids.contains(obligation) else { throw .unknownObligation(obligation, suggestion: YAMLFile.closest(to: obligation, in: ids)) }
    }

    /// The reports to chase on `asOf`: missing, or due within `within` days, grouped by receiver.
    /// - Parameter obligation: Only the reports of this obligation (its id).
    public func reminders(asOf: CalendarDate, within: Int = 7, obligation: ObligationID? = nil) throws(WorkspaceServiceError) -> RuleAnswer<ReminderList> {
        if let obligation { try check(obligation: obligation, in: nil) }
        let submissions = try self.submissions()
        return try withChain { chain in
            ReminderList(workspace: workspace, rules: chain, submissions: submissions, asOf: asOf, within: within, obligation: obligation)
        }.carrying(\.problems)
    }

    /// Each target of `directive` for `period` (and the shorter periods inside it): achieved, met
    /// or not, the units that fail it.
    /// - Parameter obligation: Only the targets counted from this report (its id).
    public func indicators(directive: Directive, period: Period, asOf: CalendarDate,
                           obligation: ObligationID? = nil) throws(WorkspaceServiceError) -> RuleAnswer<[IndicatorResult]> {
        if let obligation { try check(obligation: obligation, in: directive.id) }
        let submissions = try self.submissions(period: period, directive: directive.id)
        return try withChain { chain in
            IndicatorEvaluator(workspace: workspace, submissions: submissions, asOf: asOf).evaluate(directive, period: period, rules: chain)
                .filter { obligation == nil || $0.target.measure.report == obligation }
        }
    }

    /// A unit's self-assessment scoring sheet, as the province's plugin fills it in; nil when no
    /// plugin scores it.
    public func score(unit: UnitID, directive: Directive, period: Period, asOf: CalendarDate) throws(WorkspaceServiceError) -> RuleAnswer<ScoringSheet?> {
        _ = try self.unit(unit)
        let submissions = try self.submissions(period: period, directive: directive.id)
        let latest = IndicatorEvaluator(workspace: workspace, submissions: submissions, asOf: asOf).latestSubmissions(of: directive, period: period)
        return try withChain { chain in chain.score(unit: unit, directive: directive, period: period, submissions: latest) }
    }

    /// The consolidated report of `directive` for `period` as of `asOf`, in the issuer's layout;
    /// write it with ``DocumentFormat/data(for:)``.
    /// - Parameters:
    ///   - obligation: Only this report's figures and targets (its id).
    ///   - signingDate: The day on the date line; nil for `asOf`.
    public func report(directive: Directive, period: Period, asOf: CalendarDate, obligation: ObligationID? = nil,
                       signingDate: CalendarDate? = nil) throws(WorkspaceServiceError) -> RuleAnswer<ConsolidatedReport.Result> {
        if let obligation { try check(obligation: obligation, in: directive.id) }
        let submissions = try self.submissions(period: period, directive: directive.id)
        var report = ConsolidatedReport(workspace: workspace, directive: directive, period: period, asOf: asOf, submissions: submissions)
        report.obligation = obligation
        report.signingDate = signingDate
        let answer = try withChains(chainCount(whole: true)) { chains in
            report.build(schedule: chains[0], helpers: Array(chains.dropFirst()), indicators: chains[0], scoring: chains[0], document: chains[0])
        }
        // The builder collects the hooks' problems itself; the chain's are the same ones.
        return RuleAnswer(value: answer.value, problems: answer.value.problems)
    }

    // MARK: ingest

    /// What reading and storing one file gave.
    public struct Ingest: Sendable {
        public var outcome: IngestOutcome
        /// The plugins' warnings about rows that were stored all the same.
        public var warnings: [Diagnostic]
    }

    /// Reads the submissions in one file (`.xlsx`, `.csv`, `.json`, `.yaml`), checks them against
    /// the workspace and the plugins' `validate` hooks, and stores them all or none.
    /// - Parameters:
    ///   - content: The file's bytes.
    ///   - name: The file's name as the user knows it; its extension says the format, and
    ///     messages name it.
    ///   - only: When set, every row must be this unit's (a unit handing in its own report).
    ///   - arrival: What decides when each row arrived: the portal passes its clock.
    /// - Throws: `SubmissionFileError` with `name:row:column` diagnostics, or
    ///   ``WorkspaceServiceError``; the store is unchanged either way.
    public func ingest(_ content: Data, name: String, only unit: UnitID? = nil, arrival: IngestArrival = .declared,
                       progress: ((Int, Int) -> Void)? = nil) throws -> RuleAnswer<Ingest> {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let url = scratch.appendingPathComponent((name as NSString).lastPathComponent)
        try content.write(to: url)
        return try ingest(url: url, name: name, content: content, only: unit, arrival: arrival, progress: progress)
    }

    /// As ``ingest(_:name:only:progress:)`` for a file on disk.
    public func ingest(file: String, only unit: UnitID? = nil, progress: ((Int, Int) -> Void)? = nil) throws -> RuleAnswer<Ingest> {
        try ingest(url: URL(fileURLWithPath: file), name: file, content: contents(of: file), only: unit, arrival: .declared, progress: progress)
    }

    /// The bytes of `file`, or the diagnostic that it cannot be read.
    private func contents(of file: String) throws(SubmissionFileError) -> Data {
        guard let content = FileManager.default.contents(atPath: file) else {
            throw .invalid([Diagnostic(SourceLocation(file: file, line: 1, column: 1), "cannot read the file")])
        }
        return content
    }

    /// Ingests many files, each as ``ingest(file:only:progress:)`` does, in the order given: each
    /// stored all or none, in its own transaction. While one file is stored, the next ones are read
    /// and checked on the other cores (each with its own plugin chain); at most four files per
    /// core wait read but not yet stored.
    /// - Parameter each: Called on the caller's thread, in the order of `files`, with each file's
    ///   answer or the error that refused it (as ``ingest(file:only:progress:)`` throws).
    public func ingest(files: [String], only unit: UnitID? = nil,
                       each: (_ file: String, _ answer: Result<RuleAnswer<Ingest>, any Error>) -> Void) {
        // A store that cannot be opened refuses every file, before any is read.
        do {
            _ = try storeBox.store()
        } catch {
            for file in files { each(file, .failure(WorkspaceServiceError.store(error))) }
            return
        }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        OrderedWork<Result<PreparedIngest, any Error>>.run(count: files.count, makers: cores, ahead: 4 * cores, make: { index in
            let file = files[index]
            return Result { () throws -> PreparedIngest in
                try self.prepare(url: URL(fileURLWithPath: file), name: file, content: self.contents(of: file), only: unit,
                                 arrival: .declared, progress: nil)
            }
        }, use: { index, prepared in
            each(files[index], prepared.flatMap { prepared in Result { try self.store(prepared) } })
        })
    }

    /// A file read, checked and made ready for the store, with what the plugins said.
    struct PreparedIngest: Sendable {
        var file: PreparedFile
        var warnings: [Diagnostic]
        var problems: [RuleProblem]
    }

    private func ingest(url: URL, name: String, content: Data, only unit: UnitID?, arrival: IngestArrival,
                        progress: ((Int, Int) -> Void)?) throws -> RuleAnswer<Ingest> {
        // The store first: one that cannot be opened is said before the file's own problems.
        do { _ = try storeBox.store() } catch { throw WorkspaceServiceError.store(error) }
        return try store(prepare(url: url, name: name, content: content, only: unit, arrival: arrival, progress: progress))
    }

    /// The files the store took in, in order, retracted ones included.
    /// A number that changes whenever anything is stored or retracted, by this process or another
    /// (see ``StoreVersion``); nil when it cannot be read. The portal keeps its answers while it
    /// is the same. The rules are read once, when the service is made, so only the store changes.
    public func storeVersion() -> Int? {
        storeBox.version()
    }

    public func sourceFiles() throws(WorkspaceServiceError) -> [SourceFile] {
        do { return try storeBox.store().sourceFiles() } catch { throw .store(error) }
    }

    /// Withdraws a stored file (``SubmissionStore/retract(id:by:reason:now:)``): kept, marked
    /// retracted by `who`, and ignored by status, indicators and reports from then on.
    /// - Parameter file: The file as it was ingested: a file on disk is found by its content,
    ///   else by the path it was ingested with; or `id`, the stored file's id.
    public func retract(file: String?, id: Int64? = nil, by who: String, reason: String? = nil) throws(WorkspaceServiceError) -> SourceFile {
        let files = try sourceFiles()
        let chosen: SourceFile
        if let id {
            guard let found = files.first(where: { $0.id == id }) else { throw .noStoredFile("id \(id)", suggestion: nil) }
            chosen = found
        } else if let file, let content = FileManager.default.contents(atPath: file),
                  let found = files.first(where: { $0.sha256 == PreparedFile.digest(of: content) }) {
            chosen = found
        } else {
            let name = file ?? ""
            let named = files.filter { $0.path == name }
            let open = named.filter { $0.retractedAt == nil }
            if open.count > 1 { throw .severalStoredFiles(name, ids: open.map(\.id)) }
            guard let found = open.first ?? named.last else {
                throw .noStoredFile(name, suggestion: YAMLFile.closest(to: name, in: files.map(\.path)))
            }
            chosen = found
        }
        do { return try storeBox.store().retract(id: chosen.id, by: who, reason: reason) } catch { throw .store(error) }
    }

    /// Reads and checks one file (with the plugins' `validate` hooks) and prepares its rows for
    /// the store; nothing is stored.
    private func prepare(url: URL, name: String, content: Data, only unit: UnitID?, arrival: IngestArrival,
                         progress: ((Int, Int) -> Void)?) throws -> PreparedIngest {
        let reader = SubmissionFileReader(workspace: workspace)
        let (value, problems) = try pool.withChain { chain -> (PreparedFile, [Diagnostic], [RuleProblem]) in
            var (rows, warnings) = try reader.readWithWarnings(url: url, path: name, rules: chain) { done, total in progress?(done, total) }
            try Self.applyArrival(arrival, to: &rows)
            if let unit {
                let others = rows.filter { $0.submission.unit != unit }
                if !others.isEmpty {
                    throw SubmissionFileError.invalid(others.map { row in
                        Diagnostic(row.locations["unit"] ?? row.start,
                                   "this row is for unit '\(row.submission.unit)'; a file handed in for '\(unit)' holds only its own reports")
                    })
                }
            }
            // Every row answers a report the schedule owes.
            let owed = OwedCheck(workspace: workspace, rules: chain).check(rows)
            if !owed.refusals.isEmpty { throw SubmissionFileError.invalid(owed.refusals) }
            do throws(StoreError) {
                return (try PreparedFile(rows, from: name, content: content, method: arrival.method), warnings, owed.problems)
            } catch {
                throw WorkspaceServiceError.store(error)
            }
        }
        return PreparedIngest(file: value.0, warnings: value.1, problems: value.2 + problems)
    }

    /// Sets when each row arrived: the server's clock for a portal file (the file's time kept
    /// beside), or the file's own, refused when after the moment of ingest.
    static func applyArrival(_ arrival: IngestArrival, to rows: inout [SubmissionRow]) throws(SubmissionFileError) {
        switch arrival {
        case .serverClock(let now):
            for index in rows.indices {
                rows[index].submission.declaredReceivedAt = rows[index].submission.receivedAt
                rows[index].submission.receivedAt = now
            }
        case .declared:
            let now = Date()
            let latest = now.addingTimeInterval(IngestArrival.tolerance)
            let future = rows.filter { $0.submission.receivedAt > latest }
            guard future.isEmpty else {
                throw .invalid(future.map { row in
                    Diagnostic(row.locations["received"] ?? row.start,
                               "it arrived \(ReceivedTime.text(of: row.submission.receivedAt)), after the moment of ingest (\(ReceivedTime.text(of: now)), Vietnam's time); an arrival time comes from the incoming register and cannot be in the future")
                })
            }
        }
    }

    /// Stores a prepared file, all or none.
    private func store(_ prepared: PreparedIngest) throws -> RuleAnswer<Ingest> {
        do throws(StoreError) {
            let outcome = try storeBox.store().ingest(prepared.file)
            return RuleAnswer(value: Ingest(outcome: outcome, warnings: prepared.warnings), problems: prepared.problems)
        } catch {
            throw WorkspaceServiceError.store(error)
        }
    }
}

/// The store, opened on first use: questions that need no store (the schedule) create none.
final class StoreBox: @unchecked Sendable {
    private let folder: String
    private let lock = NSLock()
    private var opened: (any SubmissionStoring)?

    init(folder: String) { self.folder = folder }

    /// The workspace's store, opened on first use: SQLite at `<workspace>/.baocao/store.sqlite`.
    func store() throws(StoreError) -> any SubmissionStoring {
        lock.lock()
        defer { lock.unlock() }
        if let opened { return opened }
        let store = try SubmissionStore(workspaceFolder: folder)
        opened = store
        return store
    }

    /// The store's ``SubmissionStoring/version()``.
    func version() -> Int? {
        (try? store())?.version()
    }
}

extension WorkspaceService {
    /// Reads a directive's text the way an official reads it, with the province's `import` hooks
    /// after the built-in rules, and matches the names it finds to this workspace's units, bodies
    /// and levels. Nothing is stored: write ``ImportedDirective/yaml`` into `directives/` to add it.
    public func importDirective(_ source: SourceText) throws(WorkspaceServiceError) -> RuleAnswer<ImportedDirective> {
        let matcher = UnitMatcher(tree: workspace.organisation, province: workspace.province)
        return try withChain { chain in
            DirectiveBuilder(draft: DirectiveExtractor(source: source).extract(rules: chain), matcher: matcher).build()
        }
    }
}

extension WorkspaceService {
    /// A new token that lets `unit` hand in its own reports through the portal; only its hash is
    /// stored, so show it to the unit now.
    public func issueToken(unit: UnitID) throws(WorkspaceServiceError) -> String {
        _ = try self.unit(unit)
        do { return try TokenStore(workspaceFolder: folder).issue(unit: unit) } catch { throw .store(error) }
    }

    /// Revokes every token of `unit`; returns how many were live.
    @discardableResult
    public func revokeTokens(unit: UnitID) throws(WorkspaceServiceError) -> Int {
        _ = try self.unit(unit)
        do { return try TokenStore(workspaceFolder: folder).revokeAll(unit: unit) } catch { throw .store(error) }
    }

    /// Whether `token` lets its bearer hand in reports for `unit`.
    public func verifyToken(_ token: String, unit: UnitID) throws(WorkspaceServiceError) -> Bool {
        do { return try TokenStore(workspaceFolder: folder).verify(token, unit: unit) } catch { throw .store(error) }
    }
}
