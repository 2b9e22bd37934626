import BaocaoCore

/// Why a plugin or a chain of plugins could not be loaded. Each case says what to fix.
public enum PluginError: Error, Sendable, CustomStringConvertible {
    /// `plugin.yaml` has problems, located by file, line and column.
    case manifest([Diagnostic])
    /// No folder of that name holds a plugin.
    case notFound(name: String, searched: [String])
    /// The plugin's Lua code failed to load or run, or did not return a table of hooks.
    case load(plugin: String, message: String)
    /// The hooks the code returns do not match the manifest.
    case hooks(plugin: String, file: String, message: String)
    /// The chain's order breaks a plugin's `after` list.
    case order(plugin: String, message: String)

    public var description: String {
        switch self {
        case .manifest(let diagnostics):
            diagnostics.map(\.description).joined(separator: "\n")
        case .notFound(let name, let searched):
            "plugin '\(name)' not found; looked for \(searched.map { "\($0)/\(name)/plugin.yaml" }.joined(separator: ", ")). Add the folder, or list its parent under pluginPaths in workspace.yaml"
        case .load(let plugin, let message):
            "plugin '\(plugin)' failed to load: \(message)"
        case .hooks(let plugin, let file, let message):
            "\(file): plugin '\(plugin)': \(message)"
        case .order(let plugin, let message):
            "plugin '\(plugin)': \(message)"
        }
    }
}
