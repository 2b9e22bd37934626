import ArgumentParser
import Baocao
import Foundation

/// `baocao indicators <workspace> --directive N --period P`: each target, what it counts, what it
/// achieved, met or not, and the units that fail it.
struct IndicatorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators",
        abstract: "A directive's targets for a period: achieved, met or not, and the units that fail them.",
        discussion: """
            Targets are data in the directive (indicators:). A share counts the units of its
            population whose latest report meets the condition; a ratio sums two reported values
            over the reports received. A period holds the shorter ones inside it: for a quarter,
            a unit's quarterly report counts if it sent one, else its monthly reports (summed, or
            the latest for a share). A unit with no report fails a share. A target with
            'measure: plugin' is computed by a plugin's indicator hook, which may also change how
            the others are counted. Uses the submissions received up to --as-of (default: today).
            --format xlsx writes an Excel workbook: the targets, and every unit failing one.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, xlsx }

    @Argument(help: "The workspace folder (it holds workspace.yaml).")
    var workspace: String

    @Option(help: "The directive (its id or number).")
    var directive: String

    @Option(help: "The period: 2023, 2023-H1, ….")
    var period: Period

    @Option(name: .customLong("as-of"), help: "The day to judge on (default: today).")
    var asOf: CalendarDate?

    @Option(help: "Only the targets counted from this report (its id in the directive).")
    var obligation: String?

    @Option(help: "Output format: table, json or xlsx.")
    var format: Format = .table

    @OptionGroup var output: OutputOptions

    @OptionGroup var problemOptions: ProblemOptions

    func validate() throws {
        try output.validate(binary: format == .xlsx)
    }

    func run() throws {
        let workspaceAndPlugins = try LoadedWorkspace(path: workspace, strict: problemOptions.strict)
        let loaded = workspaceAndPlugins.workspace
        let directive = try workspaceAndPlugins.directive(self.directive)
        let asOf = self.asOf ?? ReceivedTime.today
        let results = try workspaceAndPlugins.answer { () throws(WorkspaceServiceError) in
            try workspaceAndPlugins.service.indicators(directive: directive, period: period, asOf: asOf, obligation: obligation)
        }
        let tree = loaded.organisation
        switch format {
        case .json:
            try output.write(try jsonText(IndicatorsJSON(directive: directive, period: period, asOf: asOf, results: results, tree: tree,
                                                         problems: workspaceAndPlugins.problems)) + "\n")
        case .xlsx:
            try output.write(IndicatorsWorkbook(results: results, tree: tree, problems: workspaceAndPlugins.problems).workbook)
        case .table:
            var lines = ["\(directive.number ?? directive.id): targets for \(period) as of \(asOf)"]
            for result in results {
                let target = result.target
                let achieved = result.achieved.map { value -> String in
                    let text = Int(exactly: value).map(String.init) ?? String(format: "%.1f", value)
                    if case .percent = target.target { return text + "%" }
                    return text
                } ?? "—"
                let verdict = result.isMet.map { $0 ? "met" : "NOT met" } ?? "cannot be counted"
                lines.append("")
                lines.append("\(target.item ?? target.id)  target \(target.target)\(target.isAspirational ? " (phấn đấu)" : "")  achieved \(achieved)  \(verdict)")
                lines.append("  " + (target.text.count > 150 ? String(target.text.prefix(149)) + "…" : target.text))
                if let meeting = result.meeting {
                    lines.append("  \(meeting) of \(result.population) units meet it")
                } else if let sums = result.sums {
                    // Sums of reported values may be anything a file holds: shown whole, never trapped on.
                    func whole(_ sum: Double) -> String { Int(exactly: sum.rounded(.towardZero)).map(String.init) ?? String(format: "%.0f", sum) }
                    lines.append("  \(whole(sums.numerator)) of \(whole(sums.denominator)), over \(result.population) reports received")
                }
                if !result.failures.isEmpty {
                    let shown = result.failures.prefix(8).map { "\(tree.name(of: $0.unit) ?? $0.unit) (\($0.reason))" }
                    let more = result.failures.count > 8 ? "; and \(result.failures.count - 8) more (--format json lists all)" : ""
                    lines.append("  failing: " + shown.joined(separator: "; ") + more)
                }
            }
            try output.write(lines.joined(separator: "\n") + "\n")
        }
        try workspaceAndPlugins.finish()
    }
}
