import Baocao
import Foundation
import Testing

/// `pluginLimits:` in workspace.yaml: read, checked, and what the service's plugin chains run
/// under, a command at a time.
@Suite("Plugin limits from the workspace")
struct PluginLimitSettingsTests {
    /// Tây Ninh's scratch copy with `limits` in its workspace.yaml and a plugin `slow` whose
    /// deadline hook loops, last in its chain.
    static func workspace(limits: String) throws -> (workspace: String, cleanup: () -> Void) {
        let (workspace, cleanup) = try WorkspaceServiceTests.scratch()
        let folder = URL(fileURLWithPath: workspace)
        let plugin = folder.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("plugins/slow")
        try FileManager.default.createDirectory(at: plugin, withIntermediateDirectories: true)
        try "name: slow\nversion: 0.0.1\napi: 1\nhooks: [deadline]\nafter: [national]\n"
            .write(to: plugin.appendingPathComponent("plugin.yaml"), atomically: true, encoding: .utf8)
        try "return { deadline = function(due)\n  local s = 'x'\n  while true do s = s .. 'x' end\nend }\n"
            .write(to: plugin.appendingPathComponent("plugin.lua"), atomically: true, encoding: .utf8)
        let manifest = folder.appendingPathComponent("workspace.yaml")
        let text = try String(contentsOf: manifest, encoding: .utf8)
            .replacingOccurrences(of: "plugins: [national, tay-ninh]", with: "plugins: [national, tay-ninh, slow]\n\(limits)")
        try text.write(to: manifest, atomically: true, encoding: .utf8)
        return (workspace, cleanup)
    }

    @Test("A hook slow for every report costs one command its total, not hours; the next command has its total again")
    func totalPerCommand() throws {
        let (folder, cleanup) = try Self.workspace(limits: "pluginLimits: { callSeconds: 0.2, totalSeconds: 1 }")
        defer { cleanup() }
        let service = try WorkspaceService(folder: folder, log: { _ in })
        #expect(service.workspace.pluginLimits == PluginLimitSettings(callSeconds: 0.2, totalSeconds: 1, memoryMiB: 64))
        let from = CalendarDate(year: 2023, month: 1, day: 1)!, to = CalendarDate(year: 2023, month: 12, day: 31)!
        for _ in 0..<2 {
            let (cpu0, wall0) = (Self.threadCPU(), Date())
            let answer = try service.schedule(from: from, to: to)
            let (seconds, wall) = (Self.threadCPU() - cpu0, Date().timeIntervalSince(wall0))
            #expect(wall < 30, "\(wall) s of wall time")
            #expect(answer.value.reports.count > 100)
            #expect(seconds < 1 + 0.2 + 2, "\(answer.value.reports.count) reports took \(seconds) s")
            let messages = answer.value.problems.filter { $0.plugin == "slow" }.map(\.message)
            #expect(messages.first?.contains("time limit exceeded (a hook may use 200 ms of CPU time)") == true, "\(messages.prefix(3)) \(messages.count)")
            #expect(messages.contains { $0.contains("total time limit exceeded (the plugin's hooks may use 1000 ms") })
            #expect(answer.value.reports.allSatisfy { $0.deadline != nil && $0.decidedBy["deadline"] != "slow" })
        }
    }

    /// The calling thread's CPU seconds: what the limits bound (the whole suite shares the cores).
    static func threadCPU() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    @Test("Limits out of range are refused with the file, line and range")
    func badValues() throws {
        for (limits, expected) in [
            ("pluginLimits: { callSeconds: 0 }", "callSeconds '0' is not a number of seconds from 0.01 to 60"),
            ("pluginLimits: { totalSeconds: forever }", "totalSeconds 'forever' is not a number of seconds"),
            ("pluginLimits: { callSeconds: 5, totalSeconds: 2 }", "totalSeconds (2) is less than callSeconds (5)"),
            ("pluginLimits: { memoryMiB: 100000 }", "memoryMiB '100000' is not a whole number from 4 to 4096"),
            ("pluginLimits: { callSecond: 1 }", "callSeconds"),
        ] {
            let (folder, cleanup) = try Self.workspace(limits: limits)
            defer { cleanup() }
            #expect {
                try WorkspaceLoader(path: folder).load()
            } throws: { error in
                "\(error)".contains("workspace.yaml:5:") && "\(error)".contains(expected)
            }
        }
    }
}
