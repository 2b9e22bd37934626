import Baocao
import Foundation

/// The status as CSV (UTF-8 with a byte-order mark, CRLF): one row per expected report.
struct StatusCSV {
    let report: ComplianceReport
    let workspace: Workspace

    func text() throws -> String {
        let header = ["unit", "unit_name", "level", "directive", "obligation", "period", "deadline", "state",
                      "late_days", "first_received", "submissions"]
        return try CSVOutput.text([header] + report.entries.map { entry in
            let names = ScheduleEntry(report: entry.report, workspace: workspace)
            var lateDays = ""
            if case .late(let days) = entry.state { lateDays = "\(days)" }
            return [entry.report.unit, names.unitName, names.level ?? "", names.directiveNumber,
                    entry.report.obligation, report.period.description,
                    entry.report.deadline?.description ?? "", entry.state.description, lateDays,
                    entry.firstReceived.map(ReceivedTime.text(of:)) ?? "", "\(entry.submissions)"]
        })
    }
}
