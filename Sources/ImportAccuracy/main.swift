// import-accuracy [FOLDER]: import's accuracy over the fixtures of FOLDER (default
// Tests/Fixtures/import), each compared with the fields written by hand in its *.expected.yaml.
// Exit 1 when any value found is wrong.
import BaocaoCore
import BaocaoImport
import BaocaoLua
import Foundation

let folder = CommandLine.arguments.dropFirst().first ?? "Tests/Fixtures/import"
do {
    var report = ImportAccuracy()
    for fixture in try ImportAccuracy.fixtures(in: folder) {
        var rules: PluginChain?
        if let path = fixture.workspace {
            let workspace = try WorkspaceLoader(path: path).load()
            rules = try PluginChain(workspace: workspace, locator: PluginLocator(workspaceFolder: path, pluginPaths: workspace.pluginPaths))
        }
        let draft = DirectiveExtractor(source: try SourceText(contentsOf: fixture.source)).extract(rules: rules)
        for problem in rules?.takeProblems() ?? [] { FileHandle.standardError.write(Data("warning: \(problem)\n".utf8)) }
        report.add(draft, for: fixture)
    }
    print(report.lines.joined(separator: "\n"))
    if report.total.wrong > 0 { exit(1) }
} catch {
    FileHandle.standardError.write(Data("import-accuracy: \(error)\n".utf8))
    exit(2)
}
