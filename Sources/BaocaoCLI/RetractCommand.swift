import ArgumentParser
import Baocao
import Foundation

/// `baocao retract <workspace> <file>`: withdraws a file ingested by mistake. The file stays in the
/// store, marked retracted with who and when; status, indicators and reports no longer count it.
struct RetractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retract",
        abstract: "Withdraw a stored file of submissions (kept, marked retracted; no longer counted).",
        discussion: """
            The file is found by its content when it is given (the same bytes as ingested), else by
            the path it was ingested with; --id picks one of several stored under the same path.
            Nothing is deleted: the file and its rows stay in the store, with who withdrew them,
            when and why. Ingest the corrected file afterwards. --list shows the stored files.
            """
    )

    @Argument(help: "The workspace folder (it holds workspace.yaml).")
    var workspace: String

    @Argument(help: "The file to withdraw, as it was ingested.")
    var file: String?

    @Option(help: "The stored file's id (see --list), when several share a path.")
    var id: Int64?

    @Option(help: "Who withdraws it (default: the user's login name).")
    var by: String?

    @Option(help: "Why, in your words; kept with the file.")
    var reason: String?

    @Flag(help: "List the stored files with their ids, and whether each is retracted.")
    var list = false

    func validate() throws {
        if !list && file == nil && id == nil { throw ValidationError("name the file to withdraw, or give --id, or --list") }
    }

    func run() throws {
        let loaded = try LoadedWorkspace(path: workspace)
        if list {
            let files = try loaded.value { () throws(WorkspaceServiceError) in try loaded.service.sourceFiles() }
            for file in files {
                let state = file.retractedAt.map { "retracted \($0) by \(file.retractedBy ?? "?")" } ?? "counted"
                print("\(file.id)\t\(file.ingestedAt)\t\(file.rows) rows\t\(state)\t\(file.path)")
            }
            return
        }
        let who = by ?? ProcessInfo.processInfo.environment["USER"] ?? ProcessInfo.processInfo.environment["LOGNAME"] ?? "unknown"
        let retracted = try loaded.value { () throws(WorkspaceServiceError) in
            try loaded.service.retract(file: file, id: id, by: who, reason: reason)
        }
        print("\(retracted.path): retracted (\(retracted.rows) row\(retracted.rows == 1 ? "" : "s"), ingested \(retracted.ingestedAt)) by \(who) at \(retracted.retractedAt ?? "?"); status, indicators and reports no longer count it")
    }
}
