import Baocao
import Foundation

/// The status as CSV (UTF-8 with a byte-order mark, CRLF): one row per expected report, the rows
/// of the workbook's first sheet (``StatusWorkbook/reports``).
struct StatusCSV {
    let report: ComplianceReport
    let workspace: Workspace

    func text() throws -> String {
        try CSVOutput.text(StatusWorkbook(report: report, workspace: workspace).reports.csvRows)
    }
}
