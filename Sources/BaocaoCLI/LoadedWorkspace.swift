import ArgumentParser
import Baocao

/// A workspace and its plugin chain, loaded for a command; problems are printed the way
/// `baocao check` prints them and end the command with exit code 1.
struct LoadedWorkspace {
    let path: String
    let workspace: Workspace
    let chain: PluginChain

    init(path: String, extraPluginPaths: [String] = []) throws {
        self.path = path
        do {
            workspace = try WorkspaceLoader(path: path).load()
        } catch {
            for diagnostic in error.diagnostics { printError(diagnostic.description) }
            printError("\(error.diagnostics.count) problem\(error.diagnostics.count == 1 ? "" : "s") found in \(path); run 'baocao check \(path)'")
            throw ExitCode(1)
        }
        let locator = PluginLocator(workspaceFolder: path, pluginPaths: workspace.pluginPaths, extra: extraPluginPaths)
        do {
            chain = try PluginChain(workspace: workspace, locator: locator)
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
    }

    /// The submissions in the workspace's store (of one directive, when given); a store that
    /// cannot be opened ends the command with its reason.
    func storedSubmissions(directive: DirectiveID? = nil) throws -> [Submission] {
        do {
            return try SubmissionStore(workspaceFolder: path).submissions(directive: directive).map(\.submission)
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
    }

    /// The directive named by `key` (its id or number); with no key, the workspace's only one. An
    /// unknown key, or no key in a workspace of several directives, ends the command with the
    /// directives it has.
    func directive(_ key: String?) throws -> Directive {
        let directives = workspace.directives
        if let key, let found = workspace.directive(key) { return found }
        if key == nil, directives.count == 1 { return directives[0] }
        let names = directives.map { $0.number ?? $0.id }.joined(separator: ", ")
        printError(key.map { "\(path): no directive has the id or number '\($0)'; the workspace's are: \(names)" }
                   ?? "\(path): name the directive with --directive (its id or number): \(names)")
        throw ExitCode(1)
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
