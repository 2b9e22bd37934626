import ArgumentParser
import Baocao

/// `baocao check <workspace>`: loads and validates a workspace, then prints a short summary or
/// every problem as `file:line:column: message`.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a workspace and summarise it.",
        discussion: """
            Exits 0 when the workspace is valid. Otherwise prints each problem as
            file:line:column: message (on standard error) and exits 1.
            With --format json, prints the parsed workspace (or the problems) as JSON.
            """
    )

    @Argument(help: "The workspace folder (it holds workspace.yaml).")
    var workspace: String

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

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
        switch format {
        case .json: print(try jsonText(loaded))
        case .text: print(SummaryText(WorkspaceSummary(loaded)).lines.joined(separator: "\n"))
        }
    }
}
