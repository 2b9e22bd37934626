import BaocaoCore
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

extension Plugin {
    /// The text of `relative`, a file of this plugin, read only when its real path (symbolic
    /// links followed) lies inside the plugin's real folder: a plugin may only read its own files.
    /// - Throws: ``ConfinedFile/Refusal``; ``refusal(_:of:)`` words it.
    func readOwnFile(_ relative: String) throws(ConfinedFile.Refusal) -> String {
        try ConfinedFile.read(relative, in: folder)
    }

    /// Why `relative` was not read, for messages: "cannot read plugins/x/helpers.lua", or
    /// "plugins/x/plugin.lua resolves to /etc/passwd, outside the plugin folder plugins/x; a
    /// plugin may only read its own files".
    func refusal(_ refusal: ConfinedFile.Refusal, of relative: String) -> String {
        switch refusal {
        case .unreadable:
            "cannot read \(displayFolder)/\(relative)"
        case .outside(let realPath, _):
            "\(displayFolder)/\(relative) resolves to \(realPath), outside the plugin folder \(displayFolder); a plugin may only read its own files"
        }
    }
}
