import Baocao
import Foundation

/// The schedule as CSV (UTF-8 with a byte-order mark, CRLF, a header row), for a spreadsheet: the
/// rows of the workbook's sheet (``ScheduleWorkbook/reports``).
struct ScheduleCSV {
    let entries: [ScheduleEntry]

    func text() throws -> String {
        try CSVOutput.text(ScheduleWorkbook(entries: entries, problems: []).reports.csvRows)
    }
}
