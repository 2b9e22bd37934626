import BaocaoCore
import BaocaoLua
import BaocaoStore

/// Why a ``WorkspaceService`` call could not be answered. Each case says what to fix.
public enum WorkspaceServiceError: Error, Sendable, CustomStringConvertible {
    /// The workspace's files have problems (each located by file, line and column).
    case workspace(WorkspaceError)
    /// A plugin of the chain could not be loaded.
    case plugins(PluginError)
    /// The store could not be opened, read or written.
    case store(StoreError)
    /// No directive has this id or number; `available` lists them.
    case unknownDirective(key: String?, available: [String])
    /// No unit has this id.
    case unknownUnit(String)

    public var description: String {
        switch self {
        case .workspace(let error): error.description
        case .plugins(let error): error.description
        case .store(let error): error.description
        case .unknownDirective(let key?, let available):
            "no directive has the id or number '\(key)'; the workspace's are: \(available.joined(separator: ", "))"
        case .unknownDirective(nil, let available):
            "name the directive (its id or number): \(available.joined(separator: ", "))"
        case .unknownUnit(let id):
            "no unit has the id '\(id)'"
        }
    }
}
