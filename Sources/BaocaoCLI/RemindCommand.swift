import ArgumentParser
import Baocao
import Foundation

/// `baocao remind <workspace> --as-of DATE`: the units late or about to be, grouped by the body
/// and department they must report to, ready to send.
struct RemindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remind",
        abstract: "The units late with a report, or about to be, grouped by where they must send it.",
        discussion: """
            Lists every report whose deadline has passed with nothing received (missing), and every
            report due within --within days (default 7) not yet received, grouped by the receiving
            unit or body and the department it goes through. --format xlsx writes an Excel
            workbook, one row per report to chase.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, xlsx }

    @Argument(help: "The workspace folder (it holds workspace.yaml).")
    var workspace: String

    @Option(name: .customLong("as-of"), help: "The day (default: today).")
    var asOf: CalendarDate?

    @Option(help: "How many days ahead counts as about to be due.")
    var within: Int = 7

    @Option(help: "Only this report (its id in the directive, such as bao-cao-ket-qua).")
    var obligation: String?

    @Option(help: "Output format: table, json or xlsx.")
    var format: Format = .table

    @OptionGroup var output: OutputOptions

    @OptionGroup var problemOptions: ProblemOptions

    func validate() throws {
        try output.validate(binary: format == .xlsx)
    }

    func run() throws {
        let loaded = try LoadedWorkspace(path: workspace, strict: problemOptions.strict)
        let asOf = self.asOf ?? ReceivedTime.today
        let list = try loaded.answer { () throws(WorkspaceServiceError) in try loaded.service.reminders(asOf: asOf, within: within, obligation: obligation) }
        let json = RemindersJSON(list: list, workspace: loaded.workspace, problems: loaded.problems)
        switch format {
        case .json:
            try output.write(try jsonText(json) + "\n")
        case .xlsx:
            try output.write(RemindWorkbook(groups: json.groups, problems: loaded.problems).workbook)
        case .table:
            let total = list.groups.reduce(0) { $0 + $1.entries.count }
            var lines = ["\(loaded.workspace.name): \(total) report\(total == 1 ? "" : "s") to chase on \(asOf) (missing, or due within \(within) days)"]
            for group in list.groups {
                lines.append("")
                lines.append("Gửi về \(group.route.text):")
                for entry in group.entries {
                    let names = ScheduleEntry(report: entry.report, workspace: loaded.workspace)
                    let deadline = entry.report.deadline!
                    let when = entry.state == .missing
                        ? "quá hạn \(deadline.days(until: asOf)) ngày (hạn \(deadline.vietnameseShort))"
                        : "hạn \(deadline.vietnameseShort), còn \(asOf.days(until: deadline)) ngày"
                    lines.append("  - \(names.unitName): \(names.title) (\(entry.report.period.period)) — \(when)")
                }
            }
            try output.write(lines.joined(separator: "\n") + "\n")
        }
        try loaded.finish()
    }
}
