import ArgumentParser
import Baocao
import Foundation

/// `baocao export <workspace> [--period P] [--directive D] [--format csv|json|xlsx]`: every stored
/// submission that counts, one row per value, in a shape `baocao ingest` reads back.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "The stored submissions, one row per value (DHIS2's data value sets), to read back with 'baocao ingest'.",
        discussion: """
            Every submission of the store whose file is not retracted, resubmissions included, in
            the order stored: one row per unit, report, period and field, with the value, how its
            file came in (storedBy: cli or portal), when it arrived (created, ISO 8601 in Vietnam's
            time) and when it was stored (lastUpdated); the rows of one submission share its
            number (submission). A submission without values has one row without a dataElement.
            JSON is {"dataValues": [...]}, as DHIS2 writes it. Ingesting the export into a
            workspace with an empty store gives the same status, arrivals and resubmissions.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json, xlsx }

    @Argument(help: "The workspace folder (it holds workspace.yaml).")
    var workspace: String

    @Option(help: "Only this period: 2023, 2023-H1, 2023-Q2, 2023-05.")
    var period: Period?

    @Option(help: "Only this directive (its id or number).")
    var directive: String?

    @Option(help: "Output format: csv, json or xlsx (default: from the output file's extension, else csv).")
    var format: Format?

    @OptionGroup var output: OutputOptions

    /// The format asked for, or the output file's, or CSV.
    var chosenFormat: Format {
        format ?? output.path.flatMap { Format(rawValue: ($0 as NSString).pathExtension.lowercased()) } ?? .csv
    }

    func validate() throws {
        try output.validate(binary: chosenFormat == .xlsx)
    }

    func run() throws {
        let loaded = try LoadedWorkspace(path: workspace)
        let directiveID = try directive.map { try loaded.directive($0).id }
        let values = try loaded.value { () throws(WorkspaceServiceError) in
            try loaded.service.dataValues(period: period, directive: directiveID)
        }
        let submissions = Set(values.compactMap(\.submission)).count
        if values.isEmpty {
            printError("no submission is stored\(period.map { " for \($0)" } ?? "")\(directive.map { " of \($0)" } ?? ""); the export has no rows")
        }
        let summary = "\(submissions) submission\(submissions == 1 ? "" : "s"), \(values.count) row\(values.count == 1 ? "" : "s")"
        switch chosenFormat {
        case .csv:
            try output.write(try CSVOutput.text([DataValue.Column.allCases.map(\.rawValue)] + values.map(\.cells)), summary: summary)
        case .json:
            try output.write(try jsonText(DataValueSet(dataValues: values)) + "\n", summary: summary)
        case .xlsx:
            try output.write(ExportWorkbook(values: values, workspace: loaded.workspace).workbook, summary: summary)
        }
    }
}

/// The export as JSON: `{"dataValues": [...]}`, the member DHIS2's data value sets have.
struct DataValueSet: Encodable {
    var dataValues: [DataValue]
}
