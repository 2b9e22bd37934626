/// Why a file of submissions was refused. Nothing of a refused file is stored.
public enum SubmissionFileError: Error, Sendable, CustomStringConvertible {
    /// The file's rows have problems; each diagnostic names the file, row and column.
    case invalid([Diagnostic])

    public var diagnostics: [Diagnostic] {
        switch self {
        case .invalid(let diagnostics): diagnostics
        }
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
