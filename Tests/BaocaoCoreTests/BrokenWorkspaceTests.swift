import Foundation
import Testing
@testable import BaocaoCore

/// Each workspace folder in Tests/Fixtures (but `valid`) has one fault; its expected.txt
/// lists the diagnostics loading must give: `file:line:column: words of the message`.
@Suite("Broken workspaces are reported with file, line and column")
struct BrokenWorkspaceTests {
    static let cases: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Paths.fixtures.path)) ?? []
        return names.filter { name in
            name != "valid" && FileManager.default.fileExists(
                atPath: Paths.fixtures.appendingPathComponent(name).appendingPathComponent("workspace.yaml").path)
        }.sorted()
    }()

    @Test("The fixture base workspace is valid")
    func baseIsValid() throws {
        let workspace = try WorkspaceLoader(path: Paths.fixtures.appendingPathComponent("valid").path).load()
        #expect(workspace.organisation.units.count == 5)
        #expect(workspace.directives.first?.indicators.count == 1)
    }

    @Test("There are broken fixtures to check")
    func fixturesExist() {
        #expect(Self.cases.count >= 15)
    }

    @Test("Each fault gives exactly its expected diagnostics", arguments: cases)
    func fault(_ name: String) throws {
        let folder = Paths.fixtures.appendingPathComponent(name)
        let expected = try String(contentsOf: folder.appendingPathComponent("expected.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let error = #expect(throws: WorkspaceError.self) {
            try WorkspaceLoader(path: folder.path).load()
        }
        let diagnostics = try #require(error).diagnostics
        #expect(diagnostics.count == expected.count, "got: \(diagnostics.map(\.description))")
        for line in expected {
            let parts = line.split(separator: ":", maxSplits: 3).map(String.init)
            let file = folder.path + "/" + parts[0]
            let match = diagnostics.first { diagnostic in
                diagnostic.location.file == file && diagnostic.location.line == Int(parts[1])
                    && diagnostic.location.column == Int(parts[2])
                    && diagnostic.message.contains(parts[3].trimmingCharacters(in: .whitespaces))
            }
            #expect(match != nil, "expected \(line); got: \(diagnostics.map(\.description))")
        }
    }
}
