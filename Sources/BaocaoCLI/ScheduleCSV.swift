import Baocao
import CSV
import Foundation

/// The schedule as CSV (UTF-8, a header row), for a spreadsheet.
struct ScheduleCSV {
    let entries: [ScheduleEntry]

    static let header = ["deadline", "unit", "unit_name", "directive", "obligation", "title", "period",
                         "cutoff_from", "cutoff_to", "to", "through", "route", "decided_by"]

    func text() throws -> String {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream)
        try writer.write(row: Self.header)
        for entry in entries {
            let report = entry.report
            try writer.write(row: [
                report.deadline?.description ?? "", report.unit, entry.unitName, entry.directiveNumber,
                report.obligation, entry.title, report.period.period.description,
                report.period.cutoffFrom.description, report.period.cutoffTo.description,
                report.routes.map(\.to).joined(separator: ";"),
                report.routes.map { $0.through?.id ?? "" }.joined(separator: ";"),
                entry.routeText, entry.decidedByText,
            ])
        }
        writer.stream.close()
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
