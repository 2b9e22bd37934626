import ArgumentParser
import Baocao
import Foundation

/// `--output FILE`, for the commands that print a table, JSON, CSV or an Excel workbook: where the
/// result goes, one way for every command.
///
/// Text goes to standard output unless a file is named. A workbook is bytes, not text: it goes to
/// the file named, or to standard output only when that is redirected (`> status.xlsx`) or piped;
/// on a terminal it would print garbage, so the command refuses before doing any work.
struct OutputOptions: ParsableArguments {
    @Option(name: .customLong("output"), help: "The file to write (default: standard output; an .xlsx workbook needs a file or a redirect).")
    var path: String?

    /// Refuses a binary output meant for a terminal; call from the command's `validate()`.
    /// - Parameter binary: Whether the chosen format is bytes (an .xlsx workbook).
    func validate(binary: Bool) throws {
        guard binary, path == nil || path == "-", isatty(FileHandle.standardOutput.fileDescriptor) != 0 else { return }
        throw ValidationError("an Excel workbook is a binary file and standard output is a terminal; give --output FILE.xlsx, or redirect: > FILE.xlsx")
    }

    /// Writes `text` to the file, or to standard output, as it is (end it with its newline); a
    /// file written is named with `summary`, when there is one.
    func write(_ text: String, summary: String? = nil) throws {
        guard path != nil, path != "-" else { return print(text, terminator: "") }
        try write(Data(text.utf8), summary: summary)
    }

    /// Writes `workbook` to the file, or to standard output; a file written is named with its
    /// sheets and size, after `summary` when there is one.
    func write(_ workbook: XLSXWorkbook, summary: String? = nil) throws {
        let data: Data
        do {
            data = try workbook.data()
        } catch {
            printError("cannot write the workbook: \(error)")
            throw ExitCode(1)
        }
        let rows = workbook.sheets.reduce(0) { $0 + $1.rows.count }
        let sheets = "\(workbook.sheets.count) sheet\(workbook.sheets.count == 1 ? "" : "s") (\(workbook.sheets.map(\.name).joined(separator: ", ")))"
        try write(data, summary: summary.map { "\($0); \(sheets), \(data.count) bytes" }
            ?? "\(sheets), \(rows) row\(rows == 1 ? "" : "s"), \(data.count) bytes")
    }

    /// Writes `data` whole to the file (to a temporary one moved into place: never half a file),
    /// or to standard output; a file written is named, with `summary`, on standard output (which
    /// then holds nothing else).
    private func write(_ data: Data, summary: String?) throws {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            printError("\(path): cannot be written: \(error.localizedDescription)")
            throw ExitCode(1)
        }
        if let summary { print("\(path): \(summary)") }
    }
}
