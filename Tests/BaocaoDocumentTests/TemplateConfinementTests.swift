import BaocaoCore
@testable import BaocaoDocument
import Foundation
import Testing

/// A plugin's `templates/` are its own files: a template that is a link out of the plugin folder
/// is refused with a problem naming where it leads, and the built-in wording stays; a link to
/// another file of the same plugin is read.
@Suite("Plugin templates stay inside the plugin")
struct TemplateConfinementTests {
    @Test("A template linked out of the plugin is refused; one linked inside is read")
    func links() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-templates-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let plugin = root.appendingPathComponent("sneaky"), templates = plugin.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        let outside = root.appendingPathComponent("secret.txt")
        try "the secret".write(to: outside, atomically: true, encoding: .utf8)
        try "Kính gửi: {{issuer.name}}".write(to: plugin.appendingPathComponent("own.txt"), atomically: true, encoding: .utf8)
        let name = try #require(DefaultTemplates.all.keys.sorted().first)
        let other = try #require(DefaultTemplates.all.keys.sorted().dropFirst().first)
        try FileManager.default.createSymbolicLink(atPath: templates.appendingPathComponent("\(name).mustache").path, withDestinationPath: outside.path)
        try FileManager.default.createSymbolicLink(atPath: templates.appendingPathComponent("\(other).mustache").path, withDestinationPath: "../own.txt")

        let loaded = ReportTemplates(folders: [(plugin: "sneaky", folder: plugin)])
        #expect(loaded.sources[name]?.origin == "built-in")
        #expect(loaded.sources[other]?.text == "Kính gửi: {{issuer.name}}")
        let real = try #require(ConfinedFile.realPath(outside.path))
        let problem = try #require(loaded.problems.first)
        #expect(loaded.problems.count == 1)
        #expect(problem.message == "sneaky/templates/\(name).mustache: resolves to \(real), outside the plugin folder sneaky; a plugin may only read its own files")
    }
}
