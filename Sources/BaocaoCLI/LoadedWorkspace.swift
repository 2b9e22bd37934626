import ArgumentParser
import Baocao

/// A workspace opened for a command through the library's ``WorkspaceService``; problems are
/// printed the way `baocao check` prints them and end the command with exit code 1 (64, the
/// usage code, when the command line names a unit, level, directive or report the workspace
/// does not have).
///
/// The plugins' problems of every answer go to standard error, whatever the output format (JSON
/// output carries them in its `problems` member as well); with `--strict`, ``finish()`` then ends
/// the command with exit code 1.
final class LoadedWorkspace {
    let path: String
    let service: WorkspaceService
    /// Whether a plugin problem makes the command fail (`--strict`).
    let strict: Bool
    /// The problems of the answers so far, printed as they came, and for a JSON output's
    /// `problems` member.
    private(set) var problems: [RuleProblem] = []

    var workspace: Workspace { service.workspace }

    init(path: String, extraPluginPaths: [String] = [], strict: Bool = false) throws {
        self.path = path
        self.strict = strict
        do {
            service = try WorkspaceService(folder: path, extraPluginPaths: extraPluginPaths)
        } catch {
            if case .workspace(let problem) = error {
                for diagnostic in problem.diagnostics { printError(diagnostic.description) }
                printError("\(problem.diagnostics.count) problem\(problem.diagnostics.count == 1 ? "" : "s") found in \(path); run 'baocao check \(path)'")
            } else {
                printError(error.description)
            }
            throw ExitCode(1)
        }
    }

    /// The value of a service call; its plugin problems are printed as warnings, and an error
    /// ends the command with its reason.
    func answer<Value>(_ call: () throws(WorkspaceServiceError) -> RuleAnswer<Value>) throws -> Value {
        do {
            let answer = try call()
            report(answer.problems)
            return answer.value
        } catch {
            fail(error)
        }
    }

    /// The value of a service call that has no plugin problems to tell.
    func value<Value>(_ call: () throws(WorkspaceServiceError) -> Value) throws -> Value {
        do {
            return try call()
        } catch {
            fail(error)
        }
    }

    private func fail(_ error: WorkspaceServiceError) -> Never {
        printError("\(path): \(error.description)")
        BaocaoCommand.exit(withError: error.isUsage ? ExitCode.validationFailure : ExitCode(1))
    }

    /// The directive named by `key` (its id or number); with no key, the workspace's only one.
    func directive(_ key: String?) throws -> Directive {
        try value { () throws(WorkspaceServiceError) in try service.directive(key) }
    }

    /// Prints the problems plugins had, one per line with plugin, hook, file and line.
    func report(_ problems: [RuleProblem]) {
        for problem in problems { printError("warning: \(problem)") }
        if !problems.isEmpty {
            self.problems += problems
            printError("\(problems.count) problem\(problems.count == 1 ? "" : "s") in the plugins or the directives' routes; the decisions made before each were kept")
        }
    }

    /// Ends the command with exit code 1 when `--strict` was given and a problem was printed.
    func finish() throws {
        guard strict, !problems.isEmpty else { return }
        printError("--strict: \(problems.count) problem\(problems.count == 1 ? "" : "s") above; exit code 1")
        throw ExitCode(1)
    }
}

extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}

extension Period: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}

extension DocumentFormat: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}
