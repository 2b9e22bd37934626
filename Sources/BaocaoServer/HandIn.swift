import Baocao
import Foundation

/// What became of a file a unit handed in.
enum HandIn: Sendable {
    /// Stored: how many submissions.
    case stored(Int)
    /// The same file was stored before; nothing added.
    case alreadyStored(at: String)
    /// The file was refused; nothing of it was stored. Each problem names the row and column.
    case refused([Diagnostic])
    /// No token, or not a live token of this unit.
    case forbidden(String)

    /// Checks the token, then ingests the file for `unit` only, all of it or none.
    static func run(service: WorkspaceService, unit: UnitID, token: String?, fileName: String, content: Data) -> HandIn {
        guard let token, !token.isEmpty else {
            return .forbidden("Thiếu mã nộp báo cáo (token) của đơn vị.")
        }
        do {
            guard try service.verifyToken(token, unit: unit) else {
                return .forbidden("Mã nộp báo cáo không đúng cho đơn vị này, hoặc đã bị thu hồi.")
            }
        } catch {
            return .forbidden("Không kiểm tra được mã: \(error.description)")
        }
        let allowed = ["csv", "xlsx", "json", "yaml", "yml"]
        let ext = (fileName as NSString).pathExtension.lowercased()
        guard allowed.contains(ext) else {
            return .refused([Diagnostic(SourceLocation(file: fileName, line: 1, column: 1),
                                        "a file of submissions is .csv, .xlsx, .json or .yaml; this one is '.\(ext)'")])
        }
        do {
            // Received when the server took it, whatever the file's `received` column says.
            let answer = try service.ingest(content, name: fileName, only: unit, arrival: .serverClock(Date()))
            switch answer.value.outcome {
            case .added(let count): return .stored(count)
            case .alreadyIngested(_, let at): return .alreadyStored(at: "\(at)")
            }
        } catch let error as SubmissionFileError {
            return .refused(error.diagnostics)
        } catch {
            return .refused([Diagnostic(SourceLocation(file: fileName, line: 1, column: 1), "\(error)")])
        }
    }
}
