// Opens a workspace, prints what is due in the week from a day, and writes the consolidated
// report as a Word file: the library's front door, WorkspaceService, in about 40 lines.
//
//   swift run DueNextWeek [workspace] [day] [report.docx]
import Baocao
import Foundation

let arguments = CommandLine.arguments
let folder = arguments.count > 1 ? arguments[1] : "../tay-ninh"
let today = arguments.count > 2 ? CalendarDate(parsing: arguments[2])! : CalendarDate(parsing: "2023-10-26")!
let output = arguments.count > 3 ? arguments[3] : "bao-cao.docx"

do {
    let service = try WorkspaceService(folder: folder)
    print("\(service.workspace.name): due \(today) … \(today.adding(days: 6))")

    let due = try service.schedule(from: today, to: today.adding(days: 6)).value
    let tree = service.workspace.organisation
    for (deadline, reports) in Dictionary(grouping: due.reports, by: { $0.deadline! }).sorted(by: { $0.key < $1.key }) {
        let receivers = Set(reports.flatMap { $0.routes.map(\.text) }).sorted()
        let shown = receivers.prefix(2).joined(separator: "; ") + (receivers.count > 2 ? " and \(receivers.count - 2) more" : "")
        print("  \(deadline)  \(reports.count) reports → \(shown)")
        for report in reports.prefix(3) {
            print("      \(tree.name(of: report.unit) ?? report.unit): \(report.obligation)")
        }
        if reports.count > 3 { print("      … and \(reports.count - 3) more") }
    }

    let directive = try service.directive()
    let period = Period(kind: .year, year: today.year)!
    let report = try service.report(directive: directive, period: period, asOf: today.adding(days: 7))
    try DocumentFormat.docx.data(for: report.value.document).write(to: URL(fileURLWithPath: output), options: .atomic)
    let received = report.value.compliance.entries.filter(\.state.isReceived).count
    print("\(output): \(directive.number ?? directive.id), \(period), \(received)/\(report.value.compliance.entries.count) reports received")
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
