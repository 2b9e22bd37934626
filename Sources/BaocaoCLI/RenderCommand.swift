import ArgumentParser
import Baocao
import Foundation

/// `baocao render <workspace> --directive N --period P --format docx|html|md --output FILE`: the
/// consolidated report of a directive for a period, in the issuer's official layout.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "The consolidated report of a directive for a period, as DOCX, HTML or Markdown in the official layout.",
        discussion: """
            Who reported and who did not, the targets met and not met, the scores, what the units
            wrote and a chart of reporting rates, from the submissions received up to --as-of
            (default: today), which is also the report's date. State bodies get the Decree 30
            layout, Party committees the Party's; the issuer's own report for the period decides
            where it goes. The wording comes from templates (a plugin's templates/*.mustache replace
            the built-in ones) and each plugin's document hook may change any block.
            """
    )

    @Argument(help: "The workspace folder (it holds workspace.yaml).")
    var workspace: String

    @Option(help: "The directive (its id or number); needed when the workspace has more than one.")
    var directive: String?

    @Option(help: "The period: 2023, 2023-H1, 2023-Q2, 2023-05.")
    var period: Period

    @Option(name: .customLong("as-of"), help: "The day the figures are taken and the report is dated (default: today).")
    var asOf: CalendarDate?

    @Option(name: .customLong("signing-date"), help: "The day on the date line (default: the --as-of day).")
    var signingDate: CalendarDate?

    @Option(help: "Only this report's figures and targets (its id in the directive).")
    var obligation: String?

    @Option(help: "docx, html or md (default: from the output file's extension, else docx).")
    var format: DocumentFormat?

    @Option(help: "The file to write (default: bao-cao-<directive>-<period>.<format> in the current folder); '-' writes HTML or Markdown to standard output.")
    var output: String?

    @OptionGroup var problemOptions: ProblemOptions

    /// The format asked for, else the output file's, else DOCX.
    var chosen: DocumentFormat {
        if let format { return format }
        if let output, output != "-", let parsed = DocumentFormat(fileExtension: (output as NSString).pathExtension) { return parsed }
        return .docx
    }

    func validate() throws {
        if output == "-" && chosen == .docx {
            throw ValidationError("a DOCX file is not written to standard output; give --output FILE.docx")
        }
    }

    func run() throws {
        let chosen = self.chosen
        let loaded = try LoadedWorkspace(path: workspace, strict: problemOptions.strict)
        let directive = try loaded.directive(self.directive)
        let asOf = self.asOf ?? ReceivedTime.today
        let result = try loaded.answer { () throws(WorkspaceServiceError) in
            try loaded.service.report(directive: directive, period: period, asOf: asOf, obligation: obligation, signingDate: signingDate)
        }
        let data: Data
        do {
            data = try chosen.data(for: result.document)
        } catch {
            printError("cannot write the \(chosen.rawValue.uppercased()) document: \(error)")
            throw ExitCode(1)
        }
        if output == "-" {
            FileHandle.standardOutput.write(data)
            try loaded.finish()
            return
        }
        let path = output ?? "bao-cao-\(directive.id)-\(period).\(chosen.rawValue)"
        do {
            // Written whole to a temporary file and moved into place: never half a file.
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            printError("\(path): cannot be written: \(error.localizedDescription)")
            throw ExitCode(1)
        }
        // The status's figures, as the document prints them.
        let total = result.compliance.total
        print("\(path): \(directive.number ?? directive.id), \(period) as of \(asOf) — \(total.received)/\(total.expected) reports received, \(result.indicators.filter { $0.isMet == true }.count)/\(result.indicators.count) targets met; \(result.document.layout.rawValue) layout, \(data.count) bytes")
        try loaded.finish()
    }
}
