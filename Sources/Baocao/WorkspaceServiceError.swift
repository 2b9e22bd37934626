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
    /// No unit has this id; `suggestion` is the nearest id, when one is near enough to be a typo.
    case unknownUnit(String, suggestion: String? = nil)
    /// No stored file is known by this name (or content); `suggestion` is the nearest stored path.
    case noStoredFile(String, suggestion: String?)
    /// Several stored files have this path; `ids` tells them apart (`--id`).
    case severalStoredFiles(String, ids: [Int64])
    /// No directive of the workspace has an obligation with this id.
    case unknownObligation(String, suggestion: String?)
    /// No level has this id; `available` lists them, from the top down.
    case unknownLevel(String, available: [String])

    /// Whether the command line named something the workspace does not have (a unit, level,
    /// directive, report or stored file): a usage error, which the CLI ends with the usage code
    /// (64) as it does a malformed option.
    public var isUsage: Bool {
        switch self {
        case .workspace, .plugins, .store: false
        case .unknownDirective, .unknownUnit, .noStoredFile, .severalStoredFiles, .unknownObligation, .unknownLevel: true
        }
    }

    public var description: String {
        switch self {
        case .workspace(let error): error.description
        case .plugins(let error): error.description
        case .store(let error): error.description
        case .unknownDirective(let key?, let available):
            "no directive has the id or number '\(key)'\(Self.didYouMean(key, among: available)); the workspace's are: \(available.joined(separator: ", "))"
        case .unknownDirective(nil, let available):
            "name the directive (its id or number): \(available.joined(separator: ", "))"
        case .unknownUnit(let id, let suggestion):
            "no unit has the id '\(id)'\(suggestion.map { "; did you mean '\($0)'?" } ?? ""); 'baocao check <workspace> --format json' lists them"
        case .noStoredFile(let name, let suggestion):
            "no stored file is '\(name)'\(suggestion.map { "; did you mean '\($0)'?" } ?? ""); the store knows a file by the path it was ingested with, or by its content when the file is given"
        case .severalStoredFiles(let name, let ids):
            "\(ids.count) stored files have the path '\(name)' (ids \(ids.map(String.init).joined(separator: ", "))); give the file itself, or --id"
        case .unknownObligation(let id, let suggestion):
            "no directive has a report with the id '\(id)'\(suggestion.map { "; did you mean '\($0)'?" } ?? ""); the reports' ids are in the directive files, under 'reports:'"
        case .unknownLevel(let id, let available):
            "no level has the id '\(id)'\(Self.didYouMean(id, among: available)); the workspace's levels are: \(available.joined(separator: ", "))"
        }
    }

    /// "; did you mean 'x'?" when one of `known` is near enough to `key` to be a typo, else "".
    static func didYouMean(_ key: String, among known: [String]) -> String {
        YAMLFile.closest(to: key, in: known).map { "; did you mean '\($0)'?" } ?? ""
    }
}
