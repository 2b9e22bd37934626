import ArgumentParser
import Baocao

/// `baocao check <workspace>`: loads and validates a workspace, then prints a short summary or
/// every problem as `file:line:column: message`.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a workspace and summarise it.",
        discussion: """
            Checks what a run would meet: the workspace's files; its plugin chain, loaded (a
            missing plugin, a manifest error, a Lua syntax error or a hook listed but not defined
            is a problem); and the schedule of each directive's first year in force, worked out
            with the plugins, every hook problem and every route that cannot be resolved told,
            and every hook declared pure called for each report and compared.
            Exits 0 when there is no problem. Otherwise prints each problem (on standard error)
            and exits 1. Warnings (a unit that ends without mergedInto while units or reports
            still point at it) do not change the exit code unless --strict is given.
            With --format json, prints the parsed workspace (or the problems) as JSON.
            """
    )

    @Argument(help: "The workspace folder (it holds workspace.yaml).")
    var workspace: String

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(name: .customLong("plugin-path"), help: "Another folder to look for plugins in (before the workspace's).")
    var pluginPaths: [String] = []

    @Flag(help: "Exit with code 1 on warnings too.")
    var strict = false

    func run() throws {
        let loaded: Workspace
        do {
            loaded = try WorkspaceLoader(path: workspace).load()
        } catch {
            let diagnostics = error.diagnostics
            if format == .json {
                print(try jsonText(["diagnostics": diagnostics]))
            }
            for diagnostic in diagnostics { printError(diagnostic.description) }
            printError("\(diagnostics.count) problem\(diagnostics.count == 1 ? "" : "s") found in \(workspace)")
            throw ExitCode(1)
        }
        let warnings = EndedUnitWarning.find(in: loaded)
        let service: WorkspaceService
        let trial: RuleAnswer<Schedule>
        do {
            service = try WorkspaceService(folder: workspace, extraPluginPaths: pluginPaths)
            trial = try service.trialSchedule()
        } catch {
            if format == .json { print(try jsonText(["plugins": error.description])) }
            printError("\(workspace): \(error.description)")
            printError("1 problem found in \(workspace): the plugin chain [\(loaded.plugins.joined(separator: ", "))] could not be loaded")
            throw ExitCode(1)
        }
        let problems = trial.problems
        switch format {
        case .json: print(try jsonText(problems.isEmpty ? CheckJSON.workspace(loaded) : CheckJSON.problems(problems, warnings)))
        case .text: print(SummaryText(WorkspaceSummary(loaded)).lines.joined(separator: "\n"))
        }
        for warning in warnings { printError("warning: \(warning)") }
        let window = "\(trial.value.from) … \(trial.value.to)"
        if !problems.isEmpty {
            for problem in problems { printError("\(problem)") }
            printError("\(problems.count) problem\(problems.count == 1 ? "" : "s") found in \(workspace) when scheduling \(window) with the plugins; each report keeps the decision made before its problem")
            throw ExitCode(1)
        }
        if format == .text {
            print("Plugins loaded; \(trial.value.reports.count) reports scheduled for \(window), every pure hook verified.")
            print(warnings.isEmpty ? "OK: no problems found." : "OK: no problems found; \(warnings.count) warning\(warnings.count == 1 ? "" : "s") above.")
        }
        if strict && !warnings.isEmpty { throw ExitCode(1) }
    }
}

/// What `baocao check --format json` prints for a workspace whose files load: the parsed
/// workspace, or the problems its plugins and routes had.
enum CheckJSON: Encodable {
    case workspace(Workspace)
    case problems([RuleProblem], [EndedUnitWarning])

    func encode(to encoder: any Encoder) throws {
        switch self {
        case .workspace(let workspace): try workspace.encode(to: encoder)
        case .problems(let problems, let warnings):
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(problems, forKey: .problems)
            try container.encode(warnings, forKey: .warnings)
        }
    }

    private enum Key: String, CodingKey { case problems, warnings }
}
