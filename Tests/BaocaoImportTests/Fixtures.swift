import BaocaoCore
import BaocaoImport
import BaocaoLua
import Foundation

/// Paths of the repository, the import fixtures and the example workspaces.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let importFolder = root.appendingPathComponent("Tests/Fixtures/import").path

    static func path(_ name: String) -> String { (importFolder as NSString).appendingPathComponent(name) }

    static func example(_ name: String) -> String { root.appendingPathComponent("examples/\(name)").path }

    /// The four seeds, their fixture files and the example workspace written by hand from each.
    static let seeds: [(fixture: String, workspace: String)] = [
        ("000-ninh-binh.txt", "ninh-binh"), ("001-tay-ninh.txt", "tay-ninh"),
        ("003-cao-bang.txt", "cao-bang"), ("004-ben-tre.txt", "ben-tre"),
    ]

    /// A workspace with its plugin chain.
    static func workspace(_ name: String) throws -> (Workspace, PluginChain) {
        let path = example(name)
        let workspace = try WorkspaceLoader(path: path).load()
        let chain = try PluginChain(workspace: workspace, locator: PluginLocator(workspaceFolder: path, pluginPaths: workspace.pluginPaths))
        return (workspace, chain)
    }

    /// Imports `fixture` as `baocao import FILE --workspace W` does.
    static func imported(_ fixture: String, workspace name: String) throws -> (ImportedDirective, Workspace, PluginChain) {
        let (workspace, chain) = try workspace(name)
        let draft = DirectiveExtractor(source: try SourceText(contentsOf: path(fixture))).extract(rules: chain)
        let matcher = UnitMatcher(tree: workspace.organisation, province: workspace.province)
        return (DirectiveBuilder(draft: draft, matcher: matcher).build(), workspace, chain)
    }

    /// Imports `fixture` with the built-in rules only.
    static func draft(_ fixture: String) throws -> DirectiveDraft {
        DirectiveExtractor(source: try SourceText(contentsOf: path(fixture))).extract()
    }
}
