import BaocaoCore
import BaocaoImport
import Foundation
import Testing

/// The YAML `baocao import` writes is read back by the workspace loader, in place of the example's
/// own directive: it passes `baocao check`, and reads back as the directive the import built.
@Suite("Imported directives pass the workspace check")
struct WorkspaceOutputTests {
    /// A copy of the example workspace `name` whose only directive is `yaml`.
    static func workspace(_ name: String, with yaml: String, id: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-import-ws-\(UUID().uuidString)")
        let copy = folder.appendingPathComponent(name)
        try FileManager.default.copyItem(atPath: Fixtures.example(name), toPath: copy.path)
        let directives = copy.appendingPathComponent("directives")
        try FileManager.default.removeItem(at: directives)
        try FileManager.default.createDirectory(at: directives, withIntermediateDirectories: true)
        try yaml.write(to: directives.appendingPathComponent("\(id).yaml"), atomically: true, encoding: .utf8)
        return copy.path
    }

    @Test("Each seed's import loads in its workspace and reads back unchanged", arguments: Fixtures.seeds.map(\.fixture))
    func roundTrip(_ fixture: String) throws {
        let name = try #require(Fixtures.seeds.first { $0.fixture == fixture }).workspace
        let (imported, _, _) = try Fixtures.imported(fixture, workspace: name)
        #expect(imported.unmatched.isEmpty, "\(imported.unmatched)")
        let path = try Self.workspace(name, with: imported.yaml, id: imported.id)
        let loaded: Workspace
        do {
            loaded = try WorkspaceLoader(path: path).load()
        } catch {
            Issue.record("the imported directive does not check:\n\(error.diagnostics.map(\.description).joined(separator: "\n"))\n\(imported.yaml)")
            return
        }
        let directive = try #require(loaded.directives.first)
        #expect(directive == imported.directive)
    }

    @Test("Without a workspace, names are written as ids and listed as unmatched")
    func withoutWorkspace() throws {
        let draft = try Fixtures.draft("001-tay-ninh.txt")
        let imported = DirectiveBuilder(draft: draft).build()
        #expect(imported.yaml.contains("to: ubnd-tinh") && imported.yaml.contains("through: so-noi-vu"))
        #expect(imported.unmatched.contains { $0.name == "UBND tỉnh" && $0.reason.contains("no workspace") })
        #expect(imported.id == "439-kh-ldld")
    }

    @Test("A truncated text: what is cut off is missing, and the YAML says so")
    func truncated() throws {
        let draft = try Fixtures.draft("000-ninh-binh-truncated.txt")
        let imported = DirectiveBuilder(draft: draft).build()
        #expect(imported.directive == nil, "no signer: not a complete directive")
        #expect(imported.missing.contains { $0.field == "signer" && $0.reason.contains("cut off") })
        #expect(imported.yaml.contains("# signer: not found"))
    }
}
