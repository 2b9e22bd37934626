import Foundation

/// A plugin found on disk: its folder and its manifest.
public struct Plugin: Sendable, Hashable {
    public var manifest: PluginManifest
    /// The folder holding `plugin.yaml`.
    public var folder: URL
    /// The folder as messages show it: "plugins/tay-ninh" or "../../plugins/tay-ninh".
    public var displayFolder: String

    public var name: String { manifest.name }

    /// The main file as messages show it: "plugins/tay-ninh/plugin.lua".
    public var displayMain: String { displayFolder + "/" + manifest.main }

    /// Reads the plugin in `folder`.
    public init(folder: URL, displayFolder: String) throws(PluginError) {
        self.folder = folder
        self.displayFolder = displayFolder
        manifest = try PluginManifest.read(folder: folder, displayFolder: displayFolder)
    }
}
