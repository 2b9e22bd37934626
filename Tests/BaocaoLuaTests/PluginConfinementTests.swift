import BaocaoCore
import Foundation
import Testing
@testable import BaocaoLua

/// A plugin reads its own files and no others: `main:` names a Lua file inside the plugin, and
/// the main file and every module `require` reads must have their real path — symbolic links
/// followed — inside the real folder of the plugin that owns them.
@Suite("Plugin files stay inside the plugin")
struct PluginConfinementTests {
    static let hooks = "return { route = function(due) return nil end }"

    /// A plugin folder `name` in `fixtures` whose `plugin.yaml` ends with `extra` (such as a `main:` line).
    static func plugin(_ name: String, in fixtures: PluginFixtures, extra: String = "", lua: String? = hooks) throws -> URL {
        let folder = fixtures.folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "name: \(name)\nversion: 0.0.1\napi: 1\nhooks: [route]\nafter: [national]\n\(extra)"
            .write(to: folder.appendingPathComponent("plugin.yaml"), atomically: true, encoding: .utf8)
        if let lua { try lua.write(to: folder.appendingPathComponent("plugin.lua"), atomically: true, encoding: .utf8) }
        return folder
    }

    /// A file outside every plugin folder, holding Lua that would load as a plugin.
    static func outsideFile(_ fixtures: PluginFixtures, _ name: String = "outside.lua") throws -> URL {
        let folder = fixtures.folder.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(name)
        try "secret = 'read'\nreturn { route = function(due) return nil end }".write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    static func link(_ link: URL, to destination: String) throws {
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: destination)
    }

    @Test("main: is refused, located in plugin.yaml, when it leaves the folder or is not a Lua file",
          arguments: [("../../../../etc/passwd", "goes up with '..'"), ("/etc/passwd", "is an absolute path"),
                      ("rules/../../x.lua", "goes up with '..'"), ("~/plugin.lua", "is an absolute path"),
                      ("plugin.txt", "is not a Lua file"), (".lua", "is not a Lua file"), ("rules/.lua", "is not a Lua file")])
    func mainPath(_ main: String, _ problem: String) throws {
        let fixtures = try PluginFixtures()
        defer { fixtures.remove() }
        _ = try Self.plugin("sneaky", in: fixtures, extra: "main: '\(main)'\n")
        #expect {
            try fixtures.chain(["national", "sneaky"])
        } throws: { error in
            guard case PluginError.manifest(let diagnostics) = error, let diagnostic = diagnostics.first else { return false }
            return "\(diagnostic)".contains("sneaky/plugin.yaml:6:7: ") && diagnostic.message.contains("main '\(main)' \(problem)")
        }
    }

    @Test("A main file that is a link to a file outside the plugin is refused, naming where it leads")
    func linkedMain() throws {
        let fixtures = try PluginFixtures()
        defer { fixtures.remove() }
        let outside = try Self.outsideFile(fixtures)
        let folder = try Self.plugin("linked", in: fixtures, lua: nil)
        try Self.link(folder.appendingPathComponent("plugin.lua"), to: outside.path)
        let real = try #require(ConfinedFile.realPath(outside.path))
        #expect {
            try fixtures.chain(["national", "linked"])
        } throws: { error in
            "\(error)".contains("plugin 'linked' failed to load: ")
                && "\(error)".contains("linked/plugin.lua resolves to \(real), outside the plugin folder ")
                && "\(error)".contains("a plugin may only read its own files")
        }
    }

    @Test("require of a module that is a link out of the plugin, or in a linked folder, is a Lua error at the require",
          arguments: ["helpers", "lib.helpers"])
    func linkedModule(_ module: String) throws {
        let fixtures = try PluginFixtures()
        defer { fixtures.remove() }
        let outside = try Self.outsideFile(fixtures, "helpers.lua")
        let folder = try Self.plugin("linked", in: fixtures, lua: """
            local ok, message = pcall(require, "\(module)")
            assert(not ok)
            caught = message
            local helpers = require "\(module)"
            return { route = function(due) return nil end }
            """)
        if module == "helpers" {
            try Self.link(folder.appendingPathComponent("helpers.lua"), to: outside.path)
        } else {
            try Self.link(folder.appendingPathComponent("lib"), to: outside.deletingLastPathComponent().path)
        }
        let real = try #require(ConfinedFile.realPath(outside.path))
        let relative = module.replacingOccurrences(of: ".", with: "/") + ".lua"
        #expect {
            try fixtures.chain(["national", "linked"])
        } throws: { error in
            let text = "\(error)"
            return text.contains("linked/plugin.lua:4: module '\(module)' cannot be read: ")
                && text.contains("linked/\(relative) resolves to \(real), outside the plugin folder ")
                && text.contains("a plugin may only read its own files")
        }
    }

    @Test("A module of an earlier plugin that links out of that plugin is refused too")
    func linkedModuleOfAnEarlierPlugin() throws {
        let fixtures = try PluginFixtures()
        defer { fixtures.remove() }
        let outside = try Self.outsideFile(fixtures, "shared.lua")
        let base = try Self.plugin("base", in: fixtures)
        try Self.link(base.appendingPathComponent("shared.lua"), to: outside.path)
        _ = try Self.plugin("user", in: fixtures, extra: "", lua: """
            local ok, message = pcall(require, "base.shared")
            assert(not ok and message:find("module 'base.shared' cannot be read: ", 1, true), message)
            assert(message:find("base/shared.lua resolves to ", 1, true), message)
            return { route = function(due) return nil end }
            """)
        _ = try fixtures.chain(["national", "base", "user"])
    }

    @Test("Links inside the plugin to its own files are followed: the main file and a module")
    func linksInside() throws {
        let fixtures = try PluginFixtures()
        defer { fixtures.remove() }
        let folder = try Self.plugin("tidy", in: fixtures, lua: nil)
        let source = folder.appendingPathComponent("src")
        try FileManager.default.createDirectory(at: source, withIntermediateDirectories: true)
        try """
            local helpers = require "helpers"
            return { route = function(due) return { { to = helpers.to, through = "ban-cspl-qhld" } } end }
            """.write(to: source.appendingPathComponent("main.lua"), atomically: true, encoding: .utf8)
        try "return { to = 'ldld-tinh' }".write(to: source.appendingPathComponent("helpers.lua"), atomically: true, encoding: .utf8)
        try Self.link(folder.appendingPathComponent("plugin.lua"), to: "src/main.lua")
        try Self.link(folder.appendingPathComponent("helpers.lua"), to: source.appendingPathComponent("helpers.lua").path)
        let chain = try fixtures.chain(["national", "tidy"])
        let schedule = Scheduler(workspace: chain.context.workspace, rules: chain)
            .schedule(from: CalendarDate(year: 2023, month: 1, day: 1)!, to: CalendarDate(year: 2023, month: 12, day: 31)!)
        #expect(schedule.problems.isEmpty, "\(schedule.problems)")
        #expect(!schedule.reports.isEmpty && schedule.reports.allSatisfy { $0.decidedBy["route"] == "tidy" })
    }

    @Test("A plugin folder reached through a link reads its own files")
    func linkedPluginFolder() throws {
        let fixtures = try PluginFixtures()
        defer { fixtures.remove() }
        let real = fixtures.folder.appendingPathComponent("store/real-plugin")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        try "name: shelved\nversion: 0.0.1\napi: 1\nhooks: [route]\nafter: [national]\n"
            .write(to: real.appendingPathComponent("plugin.yaml"), atomically: true, encoding: .utf8)
        try "local h = require 'helpers'\nreturn { route = function(due) return nil end }"
            .write(to: real.appendingPathComponent("plugin.lua"), atomically: true, encoding: .utf8)
        try "return {}".write(to: real.appendingPathComponent("helpers.lua"), atomically: true, encoding: .utf8)
        // The chain finds it as shelved/, a link to store/real-plugin: its files are inside that real folder.
        try Self.link(fixtures.folder.appendingPathComponent("shelved"), to: real.path)
        _ = try fixtures.chain(["national", "shelved"])
    }

    @Test("A test file linked out of the plugin is refused; the plugin's own tests run")
    func testFiles() throws {
        let fixtures = try PluginFixtures()
        defer { fixtures.remove() }
        let folder = try Self.plugin("tested", in: fixtures)
        let tests = folder.appendingPathComponent("tests")
        try FileManager.default.createDirectory(at: tests, withIntermediateDirectories: true)
        try "test('own', function() assert(1 + 1 == 2) end)".write(to: tests.appendingPathComponent("a-own.lua"), atomically: true, encoding: .utf8)
        try Self.link(tests.appendingPathComponent("b-linked.lua"), to: try Self.outsideFile(fixtures).path)
        let chain = try fixtures.chain(["national", "tested"])
        let plugin = try #require(chain.runtimes.last?.plugin)
        let results = PluginTestRunner(plugin: plugin, chain: chain).run()
        #expect(results.contains { $0.name == "own" && $0.passed })
        let refused = results.first { $0.file.hasSuffix("tests/b-linked.lua") }
        #expect(refused?.passed == false)
        #expect(refused?.message?.contains("resolves to") == true && refused?.message?.contains("outside the plugin folder") == true,
                "\(refused as Any)")
    }
}
