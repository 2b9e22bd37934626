import BaocaoImport
import BaocaoLua
import BaocaoCore
import Foundation
import Testing

/// The accuracy report over every fixture of `Tests/Fixtures/import`: no value found may be wrong.
@Suite("Import accuracy over the fixtures")
struct AccuracyTests {
    static let fixtures: [ImportAccuracy.Fixture] = (try? ImportAccuracy.fixtures(in: Fixtures.importFolder)) ?? []

    static func report(_ fixtures: [ImportAccuracy.Fixture]) throws -> ImportAccuracy {
        var report = ImportAccuracy()
        for fixture in fixtures {
            var chain: PluginChain?
            if let path = fixture.workspace {
                let workspace = try WorkspaceLoader(path: path).load()
                chain = try PluginChain(workspace: workspace, locator: PluginLocator(workspaceFolder: path, pluginPaths: workspace.pluginPaths))
            }
            let draft = DirectiveExtractor(source: try SourceText(contentsOf: fixture.source)).extract(rules: chain)
            #expect(chain?.takeProblems() ?? [] == [])
            report.add(draft, for: fixture)
        }
        return report
    }

    @Test("There are fixtures: the four seeds and their variants, each with fields written by hand")
    func present() {
        #expect(Self.fixtures.count >= 15)
        for seed in ["000-ninh-binh", "001-tay-ninh", "003-cao-bang", "004-ben-tre"] {
            #expect(Self.fixtures.contains { $0.name == seed }, "no fixture \(seed)")
        }
    }

    @Test("No value found is wrong", arguments: fixtures.map(\.name))
    func noWrongValue(_ name: String) throws {
        let fixture = try #require(Self.fixtures.first { $0.name == name })
        let report = try Self.report([fixture])
        #expect(report.wrong.isEmpty, "\(report.wrong.map(\.description).joined(separator: "\n"))")
        #expect(report.total.correct > 15)
    }

    @Test("The whole report: found-wrong is zero")
    func whole() throws {
        let report = try Self.report(Self.fixtures)
        print(report.lines.joined(separator: "\n"))
        #expect(report.total.wrong == 0)
        #expect(report.total.correct >= 600)
    }
}
