import Foundation
import Testing

/// Issue 16, "nothing silent": a plugin's problem reaches the official on every command and format,
/// `--strict` makes it fail, and `check` meets what a run would meet.
@Suite("Problems are told on every format; check checks what a run would meet")
struct ProblemChannelTests {
    let cli = CLITests()

    /// A copy of Tây Ninh and the plugins, whose tay-ninh route hook sends every report to a unit
    /// that does not exist.
    static func brokenRoute() throws -> (String, () -> Void) {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("problems-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLITests.root.appendingPathComponent("plugins"), to: scratch.appendingPathComponent("plugins"))
        let workspace = scratch.appendingPathComponent("examples/tay-ninh")
        try FileManager.default.createDirectory(at: workspace.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLITests.root.appendingPathComponent("examples/tay-ninh"), to: workspace)
        let plugin = scratch.appendingPathComponent("plugins/tay-ninh/plugin.lua")
        let text = try String(contentsOf: plugin, encoding: .utf8)
        let broken = text.replacingOccurrences(of: "routes[#routes + 1] = { to = route.to, through = through }",
                                               with: "routes[#routes + 1] = { to = 'no-such-unit', through = through }")
            .replacingOccurrences(of: "    if changed then return routes end", with: "    return routes")
        #expect(broken != text)
        try broken.write(to: plugin, atomically: true, encoding: .utf8)
        return (workspace.path, { try? FileManager.default.removeItem(at: scratch) })
    }

    @Test("A route hook returning an unknown id: told on standard error with plugin, file and line in table, csv and ics; --strict exits 1",
          arguments: ["table", "csv", "ics"])
    func scheduleTellsProblems(_ format: String) throws {
        let (workspace, cleanup) = try Self.brokenRoute()
        defer { cleanup() }
        let run = try cli.baocao("schedule", workspace, "--from", "2023-10-01", "--to", "2023-11-30", "--format", format)
        #expect(run.status == 0)
        #expect(run.errors.contains("plugin 'tay-ninh', hook 'route'"))
        #expect(run.errors.contains("tay-ninh/plugin.lua:18: the hook routed to 'no-such-unit'"))
        #expect(run.errors.contains("problems in the plugins"), "a summary count")
        #expect(!run.output.isEmpty)
        let strict = try cli.baocao("schedule", workspace, "--from", "2023-10-01", "--to", "2023-11-30", "--format", format, "--strict")
        #expect(strict.status == 1)
        // (An ICS export is stamped with its time: compare it without DTSTAMP and SEQUENCE.)
        func stable(_ text: String) -> String {
            text.components(separatedBy: "\r\n").filter { !$0.hasPrefix("DTSTAMP:") && !$0.hasPrefix("SEQUENCE:") }.joined(separator: "\n")
        }
        #expect(stable(strict.output) == stable(run.output), "the output is still written")
    }

    @Test("status and remind tell the same problems")
    func otherCommandsTellProblems() throws {
        let (workspace, cleanup) = try Self.brokenRoute()
        defer { cleanup() }
        let status = try cli.baocao("status", workspace, "--period", "2023", "--as-of", "2023-11-05", "--strict")
        #expect(status.status == 1)
        #expect(status.errors.contains("the hook routed to 'no-such-unit'"))
        let remind = try cli.baocao("remind", workspace, "--as-of", "2023-10-25")
        #expect(remind.errors.contains("the hook routed to 'no-such-unit'"))
        #expect(remind.errors.components(separatedBy: "problems in the plugins").count == 2, "told once")
        let json = try cli.baocao("remind", workspace, "--as-of", "2023-10-25", "--format", "json")
        let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        #expect((object?["problems"] as? [Any])?.isEmpty == false, "JSON carries them in 'problems'")
        #expect(object?["groups"] != nil)
    }

    @Test("check exits 1 on a plugin that does not exist")
    func checkMissingPlugin() throws {
        let (workspace, cleanup) = try Self.brokenRoute()
        defer { cleanup() }
        let manifest = URL(fileURLWithPath: workspace).appendingPathComponent("workspace.yaml")
        let text = try String(contentsOf: manifest, encoding: .utf8)
        try text.replacingOccurrences(of: "plugins: [national, tay-ninh]", with: "plugins: [national, tay-nihn]")
            .write(to: manifest, atomically: true, encoding: .utf8)
        let run = try cli.baocao("check", workspace)
        #expect(run.status == 1)
        #expect(run.errors.contains("tay-nihn"), "\(run.errors)")
        #expect(!run.output.contains("OK: no problems found."))
    }

    @Test("check exits 1 on a route hook's problems and on a `through` department missing under one unit")
    func checkSchedules() throws {
        let (workspace, cleanup) = try Self.brokenRoute()
        defer { cleanup() }
        let run = try cli.baocao("check", workspace)
        #expect(run.status == 1)
        #expect(run.errors.contains("tay-ninh/plugin.lua:18"))

        let (regime, cleanupRegime) = try RegimeCopy.make()
        defer { cleanupRegime() }
        let good = try cli.baocao("check", regime)
        #expect(good.status == 0, "\(good.errors)")
        let units = URL(fileURLWithPath: regime).appendingPathComponent("units.yaml")
        let directive = URL(fileURLWithPath: regime).appendingPathComponent("directives/qd-bao-cao.yaml")
        try String(contentsOf: units, encoding: .utf8)
            .replacingOccurrences(of: "kind: district-committee, parent: tinh }\n  - { id: huyen-b",
                                  with: "kind: district-committee, parent: tinh, departments: [{ id: phong-tckh, name: Phòng TC-KH }] }\n  - { id: huyen-b")
            .write(to: units, atomically: true, encoding: .utf8)
        try String(contentsOf: directive, encoding: .utf8)
            .replacingOccurrences(of: "    periods: [month]\n    to: direct-superior\n", with: "    periods: [month]\n    to: direct-superior\n    through: phong-tckh\n")
            .write(to: directive, atomically: true, encoding: .utf8)
        let bad = try cli.baocao("check", regime)
        #expect(bad.status == 1)
        #expect(bad.errors.contains("'phong-tckh' is neither a department of 'huyen-b'"), "\(bad.errors)")
        #expect(bad.errors.contains("qd-bao-cao.yaml:12"))
    }

    @Test("An unknown --unit, --level or --directive is a usage error (64) with a 'did you mean'")
    func unknownNames() throws {
        let schedule = try cli.baocao("schedule", "examples/tay-ninh", "--from", "2023-10-01", "--to", "2023-11-30", "--unit", "ldld-tinhh")
        #expect(schedule.status == 64)
        #expect(schedule.errors.contains("did you mean 'ldld-tinh'?"))
        let status = try cli.baocao("status", "examples/tay-ninh", "--period", "2023", "--level", "distric")
        #expect(status.status == 64)
        #expect(status.errors.contains("did you mean 'district'?"))
        let indicators = try cli.baocao("indicators", "examples/tay-ninh", "--directive", "439-kh-ldl", "--period", "2023")
        #expect(indicators.status == 64)
        #expect(indicators.errors.contains("did you mean '439/KH-LĐLĐ'?"), "\(indicators.errors)")
    }
}

/// A scratch copy of the regime fixture (Tests/Fixtures/regimes/receiver-deadline) whose plugin
/// path is absolute.
enum RegimeCopy {
    static func make() throws -> (String, () -> Void) {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("regime-cli-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: CLITests.root.appendingPathComponent("Tests/Fixtures/regimes/receiver-deadline"), to: scratch)
        let manifest = scratch.appendingPathComponent("workspace.yaml")
        try String(contentsOf: manifest, encoding: .utf8)
            .replacingOccurrences(of: "pluginPaths: [../../../../plugins]", with: "pluginPaths: [\(CLITests.root.appendingPathComponent("plugins").path)]")
            .write(to: manifest, atomically: true, encoding: .utf8)
        return (scratch.path, { try? FileManager.default.removeItem(at: scratch) })
    }
}
