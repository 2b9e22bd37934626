import Foundation

/// Finds plugins by name in a list of folders: a workspace's `pluginPaths` (by default its own
/// `plugins/` folder) and any the caller adds. The first folder holding `<name>/plugin.yaml` wins.
public struct PluginLocator: Sendable {
    /// The folders searched, in order, as messages show them.
    public var searchPaths: [String]

    public init(searchPaths: [String]) {
        self.searchPaths = searchPaths.map { $0.count > 1 && $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
    }

    /// The search paths of a workspace: each of its `pluginPaths`, relative to its folder.
    public init(workspaceFolder: String, pluginPaths: [String], extra: [String] = []) {
        let base = workspaceFolder.hasSuffix("/") ? String(workspaceFolder.dropLast()) : workspaceFolder
        self.init(searchPaths: extra + pluginPaths.map { $0.hasPrefix("/") ? $0 : Self.normalise(base + "/" + $0) })
    }

    /// The plugin named `name`.
    public func locate(_ name: String) throws(PluginError) -> Plugin {
        for path in searchPaths {
            let display = path + "/" + name
            let folder = URL(fileURLWithPath: display, isDirectory: true)
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("plugin.yaml").path) {
                return try Plugin(folder: folder, displayFolder: display)
            }
        }
        throw .notFound(name: name, searched: searchPaths)
    }

    /// `examples/tay-ninh/../../plugins` → `plugins`.
    public static func normalise(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: false) {
            if part == "." && !parts.isEmpty { continue }
            if part == "..", let last = parts.last, last != "..", last != "", last != "." {
                parts.removeLast()
                continue
            }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        return joined.isEmpty ? "." : joined
    }
}
