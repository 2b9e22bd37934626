import BaocaoCore
import Foundation
@testable import BaocaoLua

/// Builds throw-away plugins in a temporary folder and chains them over the minimal fixture
/// workspace (`Tests/Fixtures/valid`: a province, districts `ldld-a` and `ldld-b`, two
/// grassroots unions; one directive whose districts report to `ldld-tinh`).
struct PluginFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-plugins-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// Writes `plugins/<name>/plugin.yaml` and `plugin.lua`.
    func add(_ name: String, hooks: [String], after: [String] = ["national"], lua: String) throws {
        let plugin = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: plugin, withIntermediateDirectories: true)
        let manifest = """
            name: \(name)
            version: 0.0.1
            api: 1
            hooks: [\(hooks.joined(separator: ", "))]
            after: [\(after.joined(separator: ", "))]
            """
        try manifest.write(to: plugin.appendingPathComponent("plugin.yaml"), atomically: true, encoding: .utf8)
        try lua.write(to: plugin.appendingPathComponent("plugin.lua"), atomically: true, encoding: .utf8)
    }

    /// The fixture workspace (or another, such as `examples/tay-ninh`) with `plugins` as its
    /// chain, plugins found here and in `plugins/`.
    func chain(_ plugins: [String], limits: LuaLimits = .standard, workspace path: String = "Tests/Fixtures/valid") throws -> PluginChain {
        var workspace = try WorkspaceLoader(path: Self.root.appendingPathComponent(path).path).load()
        workspace.plugins = plugins
        let locator = PluginLocator(searchPaths: [folder.path, Self.root.appendingPathComponent("plugins").path])
        return try PluginChain(workspace: workspace, locator: locator, limits: limits,
                               context: PluginContext(workspace: workspace, log: { _ in }))
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}
