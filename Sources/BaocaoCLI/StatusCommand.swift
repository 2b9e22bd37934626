import ArgumentParser
import Baocao
import Foundation

/// `baocao status <workspace> --period P [--as-of DATE]`: expected against received, per unit and
/// report, with rates per level and per parent.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Who has reported for a period: on time, late by N days, missing, not yet due; rates per level.",
        discussion: """
            Expected reports come from the schedule (the workspace's plugins); received ones from
            the store ('baocao ingest'). Computed as of any day (default: today), so the picture on
            2023-11-01 can be asked for after the fact. The first arrival decides on time or late;
            later ones are counted as resubmissions. Reporting rate = received / expected; on-time
            rate = received on time / expected, where expected counts every report owed for the
            period. --format xlsx writes an Excel workbook: the reports (the CSV's rows), the total,
            the rollup, the rates per level, per parent and per report (the JSON's numbers), and
            the plugins' problems when there are any.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv, xlsx }

    @Argument(help: "The workspace folder (it holds workspace.yaml).")
    var workspace: String

    @Option(help: "The period: 2023, 2023-H1, 2023-Q2, 2023-05.")
    var period: Period

    @Option(name: .customLong("as-of"), help: "The day to judge on (default: today).")
    var asOf: CalendarDate?

    @Option(help: "Only this directive (its id or number).")
    var directive: String?

    @Option(help: "Only units of this level.")
    var level: String?

    @Option(help: "Only this report (its id in the directive, such as bao-cao-ket-qua).")
    var obligation: String?

    @Option(help: "Only this unit.")
    var unit: String?

    @Option(help: "Only this unit and the units below it (a province of the nation).")
    var under: String?

    @Option(help: "Output format: table, json, csv or xlsx.")
    var format: Format = .table

    @OptionGroup var output: OutputOptions

    @OptionGroup var problemOptions: ProblemOptions

    func validate() throws {
        try output.validate(binary: format == .xlsx)
    }

    func run() throws {
        let loaded = try LoadedWorkspace(path: workspace, strict: problemOptions.strict)
        let directiveID = try directive.map { try loaded.directive($0).id }
        let asOf = self.asOf ?? ReceivedTime.today
        let report = try loaded.answer { () throws(WorkspaceServiceError) in
            try loaded.service.status(period: period, asOf: asOf, directive: directiveID, level: level, unit: unit, under: under,
                                      obligation: obligation)
        }
        switch format {
        case .table: try output.write(StatusTable(report: report, workspace: loaded.workspace).text)
        case .json: try output.write(try jsonText(StatusJSON(report: report, workspace: loaded.workspace, problems: loaded.problems)) + "\n")
        case .csv: try output.write(try StatusCSV(report: report, workspace: loaded.workspace).text())
        case .xlsx: try output.write(StatusWorkbook(report: report, workspace: loaded.workspace).workbook)
        }
        try loaded.finish()
    }
}
