import Baocao
import CSV
import Foundation

/// The status as CSV: one row per expected report.
struct StatusCSV {
    let report: ComplianceReport
    let workspace: Workspace

    func text() throws -> String {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream)
        try writer.write(row: ["unit", "unit_name", "level", "directive", "obligation", "period", "deadline", "state",
                               "late_days", "first_received", "submissions"])
        for entry in report.entries {
            let names = ScheduleEntry(report: entry.report, workspace: workspace)
            var lateDays = ""
            if case .late(let days) = entry.state { lateDays = "\(days)" }
            try writer.write(row: [entry.report.unit, names.unitName, names.level ?? "", names.directiveNumber,
                                   entry.report.obligation, report.period.description,
                                   entry.report.deadline?.description ?? "", entry.state.description, lateDays,
                                   entry.firstReceived.map(ReceivedTime.text(of:)) ?? "", "\(entry.submissions)"])
        }
        writer.stream.close()
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
