import ArgumentParser
import Baocao
import Foundation

/// `baocao schedule <workspace> --from DATE --to DATE`: every report due in a window, with its
/// cut-off, deadline, receiver and channel, and which plugin decided each.
struct ScheduleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "List the reports due between two dates: who, what, to whom, through whom, by when.",
        discussion: """
            Runs the workspace's plugin chain (national → province → district) over its directives.
            A report is listed when its deadline falls in the window; a report no rule gives a
            deadline is listed by the last day of its period. --format ics writes a calendar
            (RFC 5545) that office software opens, one event per report; --format xlsx an Excel
            workbook of the CSV's rows.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv, ics, xlsx }

    @Argument(help: "The workspace folder (it holds workspace.yaml).")
    var workspace: String

    @Option(help: "First day of the window, such as 2023-10-01.")
    var from: CalendarDate

    @Option(help: "Last day of the window, such as 2023-11-30.")
    var to: CalendarDate

    @Option(help: "Only the reports this unit owes (its id).")
    var unit: String?

    @Option(help: "Output format: table, json, csv, ics or xlsx.")
    var format: Format = .table

    @Option(name: .customLong("alarm-days"), help: "With --format ics: remind this many days before each deadline (0: no reminder; default: the workspace's reminderDays, else 3).")
    var alarmDays: Int?

    @Option(name: .customLong("plugin-path"), help: "Another folder to look for plugins in (before the workspace's).")
    var pluginPaths: [String] = []

    @OptionGroup var output: OutputOptions

    @OptionGroup var problemOptions: ProblemOptions

    func validate() throws {
        try output.validate(binary: format == .xlsx)
        guard from <= to else { throw ValidationError("--from \(from) is after --to \(to)") }
        if let alarmDays, !Workspace.reminderRange.contains(alarmDays) {
            throw ValidationError("--alarm-days is a number of days from \(Workspace.reminderRange.lowerBound) to \(Workspace.reminderRange.upperBound)")
        }
    }

    func run() throws {
        let loaded = try LoadedWorkspace(path: workspace, extraPluginPaths: pluginPaths, strict: problemOptions.strict)
        let schedule = try loaded.answer { () throws(WorkspaceServiceError) in try loaded.service.schedule(from: from, to: to, unit: unit) }
        let entries = schedule.reports.map { ScheduleEntry(report: $0, workspace: loaded.workspace) }
        switch format {
        case .table: try output.write(ScheduleTable(entries: entries, schedule: schedule, workspace: loaded.workspace).text)
        case .json: try output.write(try jsonText(ScheduleJSON(schedule: schedule, entries: entries)) + "\n")
        case .csv: try output.write(try ScheduleCSV(entries: entries).text())
        case .ics:
            let days = alarmDays ?? loaded.workspace.reminderDays
            let writer = ICalendarWriter(calendarName: "Lịch báo cáo — \(loaded.workspace.name)", alarmDays: days == 0 ? nil : days,
                                         revision: loaded.service.rulesModified())
            try output.write(writer.write(entries))
        case .xlsx: try output.write(ScheduleWorkbook(entries: entries, problems: schedule.problems).workbook)
        }
        try loaded.finish()
    }
}
