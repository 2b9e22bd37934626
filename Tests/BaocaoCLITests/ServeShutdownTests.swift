import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The built `baocao serve` with a hostile plugin in the chain: while a request's hooks loop, a
/// 404 still answers at once, and SIGTERM or SIGINT stops the server within a second or so.
@Suite("baocao serve: shutdown with a hook running", .serialized)
struct ServeShutdownTests {
    /// A copy of Tây Ninh's example whose chain ends with a plugin `hostile`: its `deadline` hook
    /// says "looping" and loops until the instruction budget stops the call, on every call, so a
    /// schedule takes until the plugin's total time (20 s) is used up.
    static func hostileWorkspace() throws -> (workspace: URL, scratch: URL) {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-shutdown-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch.appendingPathComponent("examples"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLITests.root.appendingPathComponent("plugins"), to: scratch.appendingPathComponent("plugins"))
        let workspace = scratch.appendingPathComponent("examples/tay-ninh")
        try FileManager.default.copyItem(at: CLITests.root.appendingPathComponent("examples/tay-ninh"), to: workspace)
        try? FileManager.default.removeItem(at: workspace.appendingPathComponent(".baocao"))
        let manifest = workspace.appendingPathComponent("workspace.yaml")
        let text = try String(contentsOf: manifest, encoding: .utf8)
        try #require(text.contains("plugins: [national, tay-ninh]"))
        try text.replacingOccurrences(of: "plugins: [national, tay-ninh]", with: "plugins: [national, tay-ninh, hostile]")
            .write(to: manifest, atomically: true, encoding: .utf8)
        let plugin = scratch.appendingPathComponent("plugins/hostile")
        try FileManager.default.createDirectory(at: plugin, withIntermediateDirectories: true)
        try "name: hostile\nversion: 0.0.1\napi: 1\nhooks: [deadline]\nafter: [tay-ninh]\n"
            .write(to: plugin.appendingPathComponent("plugin.yaml"), atomically: true, encoding: .utf8)
        try "return { deadline = function(due) print(\"looping\") while true do end end }\n"
            .write(to: plugin.appendingPathComponent("plugin.lua"), atomically: true, encoding: .utf8)
        return (workspace, scratch)
    }

    /// curl's status code and total time for one request.
    static func curl(_ url: String, maxSeconds: Int = 60) throws -> (status: String, seconds: Double, body: String) {
        let body = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-curl-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: body) }
        let out = try BrowserTests.run("/usr/bin/curl", ["-s", "--max-time", "\(maxSeconds)", "-o", body.path, "-w", "%{http_code} %{time_total}", url])
        let fields = out.split(separator: " ")
        return (fields.first.map(String.init) ?? "", fields.count > 1 ? Double(fields[1]) ?? -1 : -1,
                (try? String(contentsOf: body, encoding: .utf8)) ?? "")
    }

    @Test("SIGTERM and SIGINT stop the server within a second or two while a hook loops; a 404 answers meanwhile",
          arguments: [SIGTERM, SIGINT])
    func stopsWhileHookRuns(_ signal: Int32) throws {
        let (workspace, scratch) = try Self.hostileWorkspace()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let port = BrowserTests.freePort()
        let errors = scratch.appendingPathComponent("serve.err")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        let server = Process()
        server.executableURL = CLITests.binary
        server.arguments = ["serve", workspace.path, "--host", "127.0.0.1", "--port", "\(port)", "--as-of", "2023-11-02"]
        server.standardOutput = FileHandle.nullDevice
        server.standardError = try FileHandle(forWritingTo: errors)
        try server.run()
        defer {
            if server.isRunning { kill(server.processIdentifier, SIGKILL) }
            server.waitUntilExit()
        }
        let base = "http://127.0.0.1:\(port)"
        var ready = false
        for _ in 0..<100 where !ready {
            // The report form asks no plugin.
            ready = (try? Self.curl(base + "/report", maxSeconds: 2).status) == "200"
            if !ready { usleep(100_000) }
        }
        try #require(ready, "baocao serve did not answer on \(base)")

        // GET / schedules: the hostile hook runs for many seconds.
        // On a thread of its own: a task could wait behind the other suites' blocking work for as
        // long as this test blocks its own thread.
        let slow = Background { try Self.curl(base + "/") }
        var looping = false
        for _ in 0..<3000 where !looping { // up to a minute: the whole suite may share the cores
            looping = ((try? String(contentsOf: errors, encoding: .utf8)) ?? "").contains("[hostile] info: looping")
            if !looping { usleep(20_000) }
        }
        try #require(looping, "the hostile hook never ran")

        let missing = try Self.curl(base + "/nonexistent", maxSeconds: 10)
        #expect(missing.status == "404")
        #expect(missing.seconds < 1, "a 404 took \(missing.seconds) s while a hook looped")

        let clock = ContinuousClock()
        let start = clock.now
        kill(server.processIdentifier, signal)
        while server.isRunning, clock.now - start < .seconds(15) { usleep(10_000) }
        let took = clock.now - start
        #expect(!server.isRunning, "still running \(took) after the signal")
        #expect(took < .seconds(2), "stopping took \(took)")
        if !server.isRunning {
            #expect(server.terminationReason == .exit && server.terminationStatus == 0, "exit \(server.terminationStatus)")
        }
        let answer = try slow.wait()
        #expect(answer.status == "503", "the request in flight: \(answer.status) \(answer.body)")
        #expect(answer.body.contains("The portal is stopping"))
        print("ServeShutdownTests: signal \(signal): 404 in \(String(format: "%.3f", missing.seconds)) s while a hook looped; "
              + "exited \(took) after the signal; the request in flight answered \(answer.status) after \(String(format: "%.3f", answer.seconds)) s")
    }

    /// A value computed on a thread of its own.
    final class Background<Value>: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private var result: Result<Value, any Error>?

        init(_ body: @escaping @Sendable () throws -> Value) {
            Thread {
                self.result = Result { try body() }
                self.done.signal()
            }.start()
        }

        func wait() throws -> Value {
            done.wait()
            return try result!.get()
        }
    }
}
