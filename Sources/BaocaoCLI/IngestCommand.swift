import ArgumentParser
import Baocao
import Foundation

/// `baocao ingest <workspace> <file>...`: stores the submissions of each file, all of a file or
/// none of it.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Store the submissions in Excel (.xlsx), CSV, JSON or YAML files.",
        discussion: """
            Each file is checked against the workspace and by the plugins' validate hooks first
            (their warnings are shown, their errors refuse the file), and stored in one transaction: all its
            rows or none. A file with a bad row is refused with file:row:column: message lines and
            the store stays as it was. A file whose content was ingested before adds nothing. Many
            files are read and checked on every core and stored one by one in the order given. The
            store is <workspace>/.baocao/store.sqlite, created on first use; every submission and
            resubmission is kept with the time it arrived and the file it came from.
            """
    )

    @Argument(help: "The workspace folder (it holds workspace.yaml).")
    var workspace: String

    @Argument(help: "Files of submissions: .xlsx, .csv, .json or .yaml.")
    var files: [String]

    @OptionGroup var problemOptions: ProblemOptions

    func run() throws {
        let loaded = try LoadedWorkspace(path: workspace, strict: problemOptions.strict)
        var refused = 0
        var problems: [RuleProblem] = []
        func show(_ file: String, _ answer: Result<RuleAnswer<WorkspaceService.Ingest>, any Error>) {
            if case .failure = answer, !FileManager.default.isReadableFile(atPath: file) {
                printError("\(file): cannot read the file")
                refused += 1
                return
            }
            do {
                let answer = try answer.get()
                problems += answer.problems
                for warning in answer.value.warnings { printError("warning: \(warning)") }
                switch answer.value.outcome {
                case .added(let count):
                    printLine("\(file): \(count) submission\(count == 1 ? "" : "s") stored")
                case .alreadyIngested(let path, let at):
                    printLine("\(file): already ingested (as \(path), \(at)); nothing added")
                }
            } catch let error as SubmissionFileError {
                for diagnostic in error.diagnostics { printError(diagnostic.description) }
                printError("\(file): refused, \(error.diagnostics.count) problem\(error.diagnostics.count == 1 ? "" : "s"); nothing of it was stored")
                refused += 1
            } catch let error as WorkspaceServiceError {
                printError("\(file): \(error.description)")
                refused += 1
            } catch {
                printError("\(file): \(error)")
                refused += 1
            }
        }
        if files.count == 1 {
            // One file, maybe a large one: a bar shows its rows being checked.
            var bar = ProgressBar(label: files[0])
            let answer = Result { try loaded.service.ingest(file: files[0]) { done, total in bar.update(done, of: total) } }
            bar.finish()
            show(files[0], answer)
        } else {
            // Many files: read and checked on every core, stored one by one in the order given;
            // each file's line, in that order, tells the progress.
            loaded.service.ingest(files: files, each: show)
        }
        loaded.report(problems)
        if refused > 0 { throw ExitCode(1) }
        try loaded.finish()
    }
}
