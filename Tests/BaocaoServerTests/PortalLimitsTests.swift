import Baocao
@testable import BaocaoServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// A hostile plugin in the chain holds up only the requests that call it: 404s, the static pages
/// and the requests that find a free thread answer at once, and the hostile requests answer 503
/// once their time limit has passed.
@Suite("baocao serve: a request's limits", .serialized)
struct PortalLimitsTests {
    /// Tây Ninh's example (no submissions stored) with a plugin `hostile` after its chain, whose
    /// `deadline` hook loops until the sandbox's time limit for one call (1 s of CPU time) stops
    /// it, for its first `rounds` calls, then answers nil: each request that schedules is held
    /// `rounds` seconds per chain, and the work left in the background after a test is bounded.
    static func hostileService(rounds: Int, log: @escaping @Sendable (PluginLogEntry) -> Void) throws -> (WorkspaceService, () -> Void) {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-limits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch.appendingPathComponent("examples"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: PortalTests.root.appendingPathComponent("plugins"), to: scratch.appendingPathComponent("plugins"))
        let workspace = scratch.appendingPathComponent("examples/tay-ninh")
        try FileManager.default.copyItem(at: PortalTests.root.appendingPathComponent("examples/tay-ninh"), to: workspace)
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
        try """
            local calls = 0
            return {
              deadline = function(due)
                calls = calls + 1
                if calls > \(rounds) then return nil end
                print("looping")
                local s = string.rep("x", 1000)
                while true do s:find("y") end
              end,
            }
            """.write(to: plugin.appendingPathComponent("plugin.lua"), atomically: true, encoding: .utf8)
        let service = try WorkspaceService(folder: workspace.path, log: log)
        return (service, { try? FileManager.default.removeItem(at: scratch) })
    }

    /// Set once, from any thread.
    final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var set = false
        func raise() { lock.withLock { set = true } }
        var isRaised: Bool { lock.withLock { set } }
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    @Test("While hostile requests hold threads, a 404, the report form and a unit page that needs no free thread answer at once; the hostile ones answer 503 at their limit")
    func hostileRequestsHoldOnlyThemselves() async throws {
        let looping = Flag()
        let (service, cleanup) = try Self.hostileService(rounds: 6) { entry in
            if entry.message.contains("looping") { looping.raise() }
        }
        defer { cleanup() }
        // Three seconds, not one: the portal's threads are shared with the other suites' requests
        // (PortalTests runs beside this one), and a hostile request whose job has not started by
        // its limit is given up without calling the hook this test waits for. Six rounds of a
        // second each outlast it.
        let limit = Duration.seconds(3)
        let portal = Portal(service: service, configuration: PortalConfiguration(asOf: CalendarDate(parsing: PortalTests.asOf)!,
                                                                                 requestTimeLimit: limit))
        // More hostile requests than the cooperative pool has threads: blocking them there would
        // leave nothing to answer anything else.
        let hostile = ProcessInfo.processInfo.activeProcessorCount + 1
        try await portal.application().test(.router) { client in
            let clock = ContinuousClock()
            // A batch whose jobs all wait longer than the limit for a thread (the other suites'
            // requests hold them) is given up before the hook runs: the batch then answers 503
            // and the test sends another, for up to two minutes, rather than fail on the machine's
            // load (in CI the other suites kept every thread busy for a minute).
            let begun = clock.now
            var attempt = 0
            while clock.now - begun < .seconds(120) {
                attempt += 1
                let finished = Counter()
                let held = try await withThrowingTaskGroup(of: (HTTPResponse.Status, String?, String, Duration).self) { group -> Bool in
                    for _ in 0..<hostile {
                        group.addTask {
                            let start = clock.now
                            defer { finished.add() }
                            return try await client.execute(uri: "/", method: .get) { response in
                                (response.status, response.headers[.contentType], String(buffer: response.body), clock.now - start)
                            }
                        }
                    }
                    let waited = clock.now
                    // Up to a minute: the whole suite may share the cores.
                    while !looping.isRaised, finished.value < hostile, clock.now - waited < .seconds(60) {
                        try await Task.sleep(for: .milliseconds(5))
                    }
                    let held = looping.isRaised
                    if held {
                        var cheap: [String: Double] = [:]
                        for (uri, expected) in [("/nonexistent", HTTPResponse.Status.notFound), ("/report", .ok), ("/units/no-such-unit", .notFound)] {
                            let start = clock.now
                            let status = try await client.execute(uri: uri, method: .get) { $0.status }
                            let took = clock.now - start
                            cheap[uri] = Self.seconds(took)
                            #expect(status == expected, "\(uri)")
                            // This process runs the whole suite at once, which can hold a request up for a
                            // second or two by itself; the strict bound (a 404 within 1 s) is checked on a
                            // server of its own, in ServeShutdownTests.
                            #expect(took < .seconds(5), "\(uri) took \(took) while \(hostile) hostile requests ran")
                        }
                        print("PortalLimitsTests: while \(hostile) hostile requests ran: " + cheap.sorted { $0.key < $1.key }.map { "\($0.key) \(String(format: "%.3f", $0.value)) s" }.joined(separator: ", "))
                    }
                    // Held or given up, every hostile request answers 503 at its limit.
                    for try await (status, type, body, took) in group {
                        #expect(status == .serviceUnavailable)
                        #expect(type == "text/plain; charset=utf-8")
                        #expect(body.contains("The request did not finish within 3 s; try again later."), "\(body)")
                        #expect(took >= limit && took < limit + .seconds(5), "a hostile request answered after \(took)")
                        print("PortalLimitsTests: attempt \(attempt): a hostile GET / answered \(status.code) after \(String(format: "%.3f", Self.seconds(took))) s")
                    }
                    return held
                }
                if held { return }
            }
            Issue.record("the hostile hook never ran in \(attempt) batches of \(hostile) requests")
        }
    }

    @Test("A request's work that outlives its limit is given up; a job its request gave up before it started is skipped")
    func timeLimit() async throws {
        let work = RequestWork(limit: .milliseconds(200))
        let clock = ContinuousClock()
        let start = clock.now
        await #expect(throws: RequestWorkError.timedOut(.milliseconds(200))) {
            try await work.run { Thread.sleep(forTimeInterval: 1); return 1 }
        }
        #expect(clock.now - start < .milliseconds(900), "the wait ends at the limit, not with the work")
        #expect(try await work.run { 42 } == 42)

        // Every thread busy: the queued job's request gives up, and the job never runs.
        let blocked = RequestWork(limit: .seconds(30))
        let queued = RequestWork(limit: .milliseconds(300))
        let ran = Flag()
        let threads = RequestWork.threads.numberOfThreads
        let started = Counter()
        // Each blocker holds its thread until the queued job has been given up.
        let gate = DispatchSemaphore(value: 0)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<threads {
                group.addTask { _ = try? await blocked.run { started.add(); _ = gate.wait(timeout: .now() + 60) } }
            }
            // Until every thread runs a blocker (other suites may hold some of them first).
            let waited = clock.now
            while started.value < threads, clock.now - waited < .seconds(60) { try await Task.sleep(for: .milliseconds(5)) }
            try #require(started.value == threads)
            await #expect(throws: RequestWorkError.timedOut(.milliseconds(300))) {
                try await queued.run { ran.raise() }
            }
            for _ in 0..<threads { gate.signal() }
            try await group.waitForAll()
        }
        try await Task.sleep(for: .milliseconds(300))
        #expect(!ran.isRaised, "the job of a request that gave up is skipped")
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func add() { lock.lock(); count += 1; lock.unlock() }
        var value: Int { lock.lock(); defer { lock.unlock() }; return count }
    }

    @Test("stop() ends every wait at once and refuses new work")
    func stop() async throws {
        let work = RequestWork(limit: .seconds(30))
        let clock = ContinuousClock()
        let start = clock.now
        let waiting = Task { try await work.run { Thread.sleep(forTimeInterval: 2); return 1 } }
        try await Task.sleep(for: .milliseconds(100))
        work.stop()
        await #expect(throws: RequestWorkError.stopping) { try await waiting.value }
        #expect(clock.now - start < .seconds(1))
        await #expect(throws: RequestWorkError.stopping) { try await work.run { 1 } }
    }
}
