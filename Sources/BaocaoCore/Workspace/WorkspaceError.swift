/// Why a workspace could not be loaded.
public enum WorkspaceError: Error, Sendable, CustomStringConvertible {
    /// The path is not a folder holding `workspace.yaml`.
    case notAWorkspace(path: String)
    /// The workspace's files have problems; each diagnostic says where and what.
    case invalid([Diagnostic])

    public var description: String {
        switch self {
        case .notAWorkspace(let path):
            "\(path): not a workspace: expected a folder with a workspace.yaml file"
        case .invalid(let diagnostics):
            diagnostics.map(\.description).joined(separator: "\n")
        }
    }

    /// The diagnostics, or one naming the path for ``notAWorkspace(path:)``.
    public var diagnostics: [Diagnostic] {
        switch self {
        case .notAWorkspace(let path):
            [Diagnostic(SourceLocation(file: path, line: 1, column: 1),
                        "not a workspace: expected a folder with a workspace.yaml file")]
        case .invalid(let diagnostics): diagnostics
        }
    }
}
