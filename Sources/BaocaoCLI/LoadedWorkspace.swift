import ArgumentParser
import Baocao

/// A workspace opened for a command through the library's ``WorkspaceService``; problems are
/// printed the way `baocao check` prints them and end the command with exit code 1.
struct LoadedWorkspace {
    let path: String
    let service: WorkspaceService

    var workspace: Workspace { service.workspace }

    init(path: String, extraPluginPaths: [String] = []) throws {
        self.path = path
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
        BaocaoCommand.exit(withError: ExitCode(1))
    }

    /// The directive named by `key` (its id or number); with no key, the workspace's only one.
    func directive(_ key: String?) throws -> Directive {
        try value { () throws(WorkspaceServiceError) in try service.directive(key) }
    }

    /// Prints the problems plugins had, one per line with plugin, hook, file and line.
    func report(_ problems: [RuleProblem]) {
        for problem in problems { printError("warning: \(problem)") }
        if !problems.isEmpty {
            printError("\(problems.count) plugin problem\(problems.count == 1 ? "" : "s"); the decisions made before each were kept")
        }
    }
}

extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}

extension Period: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}
