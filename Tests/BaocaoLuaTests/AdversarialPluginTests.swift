import BaocaoCore
import Foundation
import Testing
@testable import BaocaoLua

/// Hostile and broken plugins: each is stopped with an error naming the plugin, its file and the
/// line, and the schedule goes on for the other units and with the plugins after it.
@Suite("Hostile plugins are contained")
struct AdversarialPluginTests {
    struct Case: CustomStringConvertible, Sendable {
        var name: String
        /// Runs inside the `route` hook, for unit `ldld-a` only, on line 3 of plugin.lua.
        var lua: String
        /// What the error message must say.
        var expected: String
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "endless loop", lua: "while true do end", expected: "instruction budget exceeded"),
        Case(name: "loop inside its own pcall",
             lua: "while true do pcall(function() while true do end end) end", expected: "instruction budget exceeded"),
        Case(name: "loop in an error handler",
             lua: "while true do xpcall(error, function() while true do end end) end", expected: "instruction budget exceeded"),
        Case(name: "loop in a finalizer",
             lua: "setmetatable({}, { __gc = function() while true do end end })", expected: "__gc metamethods are not allowed"),
        Case(name: "memory bomb",
             lua: "local t = {} for i = 1, 1e9 do t[i] = string.rep('x', 4096) .. i end", expected: "memory limit exceeded"),
        Case(name: "memory bomb inside pcall",
             lua: "local t = {} while true do pcall(function() for i = 1, 1e9 do t[#t + 1] = string.rep('y', 4096) .. i end end) end",
             expected: "memory limit exceeded"),
        Case(name: "catastrophic pattern",
             lua: "string.find(string.rep('a', 5000), string.rep('a*', 12) .. 'b')", expected: "pattern too complex"),
        Case(name: "catastrophic pattern in gsub",
             lua: "string.gsub(string.rep('a', 5000), string.rep('a-', 12) .. 'b', '')", expected: "pattern too complex"),
        Case(name: "io", lua: "io.open('/etc/passwd')", expected: "global 'io'"),
        Case(name: "os.execute", lua: "os.execute('touch /tmp/baocao-pwned')", expected: "field 'execute'"),
        Case(name: "os.exit", lua: "os.exit(1)", expected: "field 'exit'"),
        Case(name: "debug", lua: "debug.sethook()", expected: "global 'debug'"),
        Case(name: "package.loadlib", lua: "package.loadlib('libc.so.6', 'system')", expected: "global 'package'"),
        Case(name: "a C module", lua: "require 'socket.core'", expected: "module 'socket.core' not found"),
        Case(name: "dofile", lua: "dofile('/etc/passwd')", expected: "global 'dofile'"),
        Case(name: "bytecode through load",
             lua: "assert(load('\\27Lua\\x54\\x00', 'x', 'b'))", expected: "attempt to load a binary chunk"),
        Case(name: "string.dump", lua: "string.dump(print)", expected: "field 'dump'"),
        Case(name: "writing to a model view", lua: "due.unit.name = 'hacked'", expected: "cannot set 'name' of a unit"),
        Case(name: "writing to a nested view", lua: "due.routes[1].to = 'x'", expected: "cannot set 'to' of a route"),
        Case(name: "rawset on a view", lua: "rawset(due.unit, 'name', 'x')", expected: "table expected"),
        Case(name: "changing a view's metatable", lua: "setmetatable(due, {})", expected: "table expected"),
        Case(name: "reading another plugin's globals",
             lua: "error('secret is ' .. tostring(secret))", expected: "secret is nil"),
        Case(name: "recursion without end (the stack grows into the memory cap)",
             lua: "local function f(n) if n == 0 then return baocao.units.levels() end return 1 + f(n - 1) end f(1e7)",
             expected: "memory limit exceeded"),
        Case(name: "a runtime error deep in a hook",
             lua: "local function f(n) if n == 0 then local x = nil; return x.field end return f(n - 1) end f(40)",
             expected: "attempt to index a nil value"),
    ]

    @Test("Each hostile hook is stopped with plugin, file and line; the other units and plugins go on",
          arguments: cases)
    func contained(_ hostile: Case) throws {
        let fixtures = try PluginFixtures()
        defer { fixtures.remove() }
        // 'before' sets a global; 'after' decides every route, so its decisions show the chain went on.
        try fixtures.add("before", hooks: ["route"], lua: "secret = 42\nreturn { route = function(due) return nil end }")
        try fixtures.add("hostile", hooks: ["route"], lua: """
            return { route = function(due)
              if due.unit.id == "ldld-a" then
                \(hostile.lua)
              end
              return nil
            end }
            """)
        try fixtures.add("after", hooks: ["route"], lua: """
            return { route = function(due) return { { to = "ldld-tinh", through = "ban-cspl-qhld" } } end }
            """)
        let limits = LuaLimits(memory: 16 << 20, instructions: 5_000_000, patternSteps: 1_000_000)
        let chain = try fixtures.chain(["national", "before", "hostile", "after"], limits: limits)
        let schedule = Scheduler(workspace: chain.context.workspace, rules: chain)
            .schedule(from: CalendarDate(year: 2023, month: 1, day: 1)!, to: CalendarDate(year: 2023, month: 12, day: 31)!)

        let problems = schedule.problems.filter { $0.plugin == "hostile" }
        #expect(!problems.isEmpty, "the hostile hook was not reported")
        for problem in problems {
            #expect(problem.hook == "route")
            // Lua shortens long chunk names from the left ("...-4D66/hostile/plugin.lua:3:").
            #expect(problem.message.contains("hostile/plugin.lua:"), "no file and line: \(problem.message)")
            #expect(problem.message.contains(hostile.expected), "\(problem.message)")
            #expect(problem.subject?.contains("ldld-a") == true)
        }
        #expect(schedule.problems.allSatisfy { $0.plugin == "hostile" })
        // Every unit, the victim included, got the decision of the plugin after the hostile one.
        let districts = schedule.reports.filter { ["ldld-a", "ldld-b"].contains($0.unit) }
        #expect(Set(districts.map(\.unit)) == ["ldld-a", "ldld-b"])
        #expect(districts.allSatisfy { $0.decidedBy["route"] == "after" && $0.deadline != nil })
        // The hostile plugin's state still answers afterwards.
        let again = Scheduler(workspace: chain.context.workspace, rules: chain)
            .schedule(from: CalendarDate(year: 2023, month: 1, day: 1)!, to: CalendarDate(year: 2023, month: 12, day: 31)!)
        #expect(again.reports.count == schedule.reports.count)
    }

    @Test("A plugin whose file does not load names its file and line and stops the chain from loading")
    func syntaxError() throws {
        let fixtures = try PluginFixtures()
        defer { fixtures.remove() }
        try fixtures.add("broken", hooks: ["route"], lua: "return {\n  route = function(due)\n    return due.\n  end\n}")
        #expect {
            try fixtures.chain(["national", "broken"])
        } throws: { error in
            "\(error)".contains("plugin 'broken' failed to load") && "\(error)".contains("broken/plugin.lua:4:")
        }
    }

    @Test("Hooks must match plugin.yaml: a misspelt hook is named, with a suggestion")
    func misspeltHook() throws {
        let fixtures = try PluginFixtures()
        defer { fixtures.remove() }
        try fixtures.add("typo", hooks: ["deadline"], lua: "return { deadlines = function(due) end }")
        #expect {
            try fixtures.chain(["national", "typo"])
        } throws: { error in
            "\(error)".contains("'deadlines', which is not a hook. Did you mean 'deadline'?")
        }
    }

    @Test("A hook returning the wrong shape is reported and its decision ignored")
    func wrongShape() throws {
        let fixtures = try PluginFixtures()
        defer { fixtures.remove() }
        try fixtures.add("shapes", hooks: ["deadline", "route"], lua: """
            return {
              deadline = function(due) return 20231101 end,
              route = function(due) return { { to = "nowhere" } } end,
            }
            """)
        let chain = try fixtures.chain(["national", "shapes"])
        let schedule = Scheduler(workspace: chain.context.workspace, rules: chain)
            .schedule(from: CalendarDate(year: 2023, month: 1, day: 1)!, to: CalendarDate(year: 2023, month: 12, day: 31)!)
        let messages = schedule.problems.map(\.message)
        #expect(messages.contains { $0.contains("shapes/plugin.lua:2: the hook returned a number; expected a date") })
        #expect(messages.contains { $0.contains("shapes/plugin.lua:3: the hook routed to 'nowhere' is not a unit or body") })
        #expect(schedule.reports.allSatisfy { $0.deadline == CalendarDate(year: 2023, month: 11, day: 1) })
        #expect(schedule.reports.allSatisfy { $0.routes.first?.to == "ldld-tinh" })
    }

    @Test("A plugin placed before one it must follow is refused")
    func order() throws {
        let fixtures = try PluginFixtures()
        defer { fixtures.remove() }
        try fixtures.add("late", hooks: ["route"], after: ["national"], lua: "return { route = function() end }")
        #expect {
            try fixtures.chain(["late", "national"])
        } throws: { error in
            "\(error)".contains("comes after 'national'")
        }
    }
}

/// The adversarial suite under load: workers on every core, each with a plugin chain (one
/// `lua_State` per plugin per worker) of its own; one worker's chain holds a plugin that runs the
/// hostile cases in turn. The others finish with the answers they give alone, and the hostile
/// worker's schedule still comes out, its problems recorded.
@Suite("A hostile plugin on one worker does not stop the others")
struct HostilePluginUnderLoadTests {
    @Test("Workers at once: one hostile chain, the others unaffected")
    func underLoad() throws {
        let fixtures = try PluginFixtures()
        defer { fixtures.remove() }
        let hostileCases = AdversarialPluginTests.cases.map { "function(due)\n\($0.lua)\nend" }.joined(separator: ",\n")
        try fixtures.add("hostile", hooks: ["route"], lua: """
            local cases = {
            \(hostileCases)
            }
            local calls = 0
            return { route = function(due)
              calls = calls + 1
              cases[calls % #cases + 1](due)
              return nil
            end }
            """)
        try fixtures.add("fair", hooks: ["route"], lua: """
            return { route = function(due) return nil end }
            """)
        let limits = LuaLimits(memory: 16 << 20, instructions: 5_000_000, patternSteps: 1_000_000)
        let from = CalendarDate(year: 2023, month: 1, day: 1)!, to = CalendarDate(year: 2023, month: 12, day: 31)!
        let reference = try fixtures.chain(["national", "fair"], limits: limits)
        let expected = Scheduler(workspace: reference.context.workspace, rules: reference).schedule(from: from, to: to)
        #expect(expected.problems.isEmpty)

        let workers = max(4, ProcessInfo.processInfo.activeProcessorCount * 2), rounds = 5
        // Each worker touches only its own chain.
        let chains = Chains(try (0..<workers).map { worker in
            try fixtures.chain(["national", worker == 0 ? "hostile" : "fair"], limits: limits)
        })
        let results = Results(count: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let chain = chains.all[worker]
            for _ in 0..<rounds {
                let schedule = Scheduler(workspace: chain.context.workspace, rules: chain).schedule(from: from, to: to)
                results.add(worker, reports: schedule.reports.map { "\($0.unit) \($0.period.period) \($0.deadline?.description ?? "-")" },
                            problems: schedule.problems)
            }
        }
        let want = expected.reports.map { "\($0.unit) \($0.period.period) \($0.deadline?.description ?? "-")" }
        for worker in 1..<workers {
            let (runs, problems) = results.of(worker)
            #expect(runs.count == rounds, "worker \(worker) did not finish")
            #expect(runs.allSatisfy { $0 == want }, "worker \(worker) gave other answers")
            #expect(problems.isEmpty)
        }
        let (hostileRuns, hostileProblems) = results.of(0)
        #expect(hostileRuns.count == rounds)
        #expect(hostileRuns.allSatisfy { $0 == want }, "the hostile worker's decisions are the ones without it")
        #expect(!hostileProblems.isEmpty && hostileProblems.allSatisfy { $0.plugin == "hostile" })
    }

    struct Chains: @unchecked Sendable {
        let all: [PluginChain]
        init(_ all: [PluginChain]) { self.all = all }
    }

    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var runs: [[[String]]]
        private var problems: [[RuleProblem]]
        init(count: Int) {
            runs = Array(repeating: [], count: count)
            problems = Array(repeating: [], count: count)
        }
        func add(_ worker: Int, reports: [String], problems found: [RuleProblem]) {
            lock.lock(); defer { lock.unlock() }
            runs[worker].append(reports)
            problems[worker] += found
        }
        func of(_ worker: Int) -> ([[String]], [RuleProblem]) {
            lock.lock(); defer { lock.unlock() }
            return (runs[worker], problems[worker])
        }
    }
}
