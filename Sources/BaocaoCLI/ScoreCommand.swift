import ArgumentParser
import Baocao
import Foundation

/// `baocao score <workspace> --unit U --period P`: a unit's self-assessment scoring sheet, filled in
/// by the province's plugin from the reports received.
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "A unit's self-assessment scoring sheet: criteria, points, evidence, total and rating.",
        discussion: """
            The sheet is the province's: a plugin's score hook fills it in from the latest reports of
            the unit and of the units below it, received up to --as-of (default: today).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @Argument(help: "The workspace folder (it holds workspace.yaml).")
    var workspace: String

    @Option(help: "The unit scored (its id).")
    var unit: String

    @Option(help: "The period: 2023, 2023-H1, ….")
    var period: Period

    @Option(help: "The directive (its id or number); needed when the workspace has more than one.")
    var directive: String?

    @Option(name: .customLong("as-of"), help: "The day to judge on (default: today).")
    var asOf: CalendarDate?

    @Option(help: "Output format: table or json.")
    var format: Format = .table

    @OptionGroup var problemOptions: ProblemOptions

    func run() throws {
        let loaded = try LoadedWorkspace(path: workspace, strict: problemOptions.strict)
        let workspace = loaded.workspace
        guard let unit = workspace.organisation.unit(unit) else {
            printError("\(self.workspace): no unit has the id '\(self.unit)'")
            throw ExitCode(1)
        }
        let directive = try loaded.directive(self.directive)
        let asOf = self.asOf ?? ReceivedTime.today
        let scored = try loaded.answer { () throws(WorkspaceServiceError) in
            try loaded.service.score(unit: unit.id, directive: directive, period: period, asOf: asOf)
        }
        guard let sheet = scored else {
            printError("no plugin of [\(workspace.plugins.joined(separator: ", "))] scores \(unit.name) for \(directive.number ?? directive.id); a plugin's score hook fills in the sheet")
            throw ExitCode(1)
        }
        func points(_ value: Double) -> String {
            Int(exactly: value).map(String.init) ?? String(format: "%.1f", value)
        }
        switch format {
        case .json:
            struct Output: Encodable {
                var sheet: ScoringSheet
                var total: Double
                var maximum: Double
                var problems: [RuleProblem]
            }
            print(try jsonText(Output(sheet: sheet, total: sheet.total, maximum: sheet.maximum, problems: loaded.problems)))
        case .table:
            print("Bảng điểm tự chấm — \(unit.name) — \(directive.number ?? directive.id), \(period) (as of \(asOf); by plugin \(sheet.scoredBy))")
            print("")
            for criterion in sheet.criteria {
                print("\(ScheduleTable.line([criterion.id, criterion.title, "\(points(criterion.points))/\(points(criterion.maximum))", ""], widths: [6, 56, 8, 0]))")
                print("        \(criterion.evidence)")
            }
            print("")
            print("Tổng điểm: \(points(sheet.total))/\(points(sheet.maximum))" + (sheet.rating.map { "   Xếp loại: \($0.rawValue)" } ?? ""))
        }
        try loaded.finish()
    }
}
