import BaocaoCore
import Foundation
import Testing
@testable import BaocaoLua

/// Hostile hooks that the instruction budget alone does not stop in time (loops of expensive C
/// calls, expensive single instructions), answers the host must not swallow whole (cycles, depth,
/// size), error objects and messages that would escape the cap, and answers that make no sense
/// (periods listed twice). Each ends with a problem naming the plugin, its file and line, within
/// its limit plus a margin, and the other units and plugins get their answers.
@Suite("Plugin limits: time, answers, messages")
struct PluginLimitTests {
    struct Case: CustomStringConvertible, Sendable {
        var name: String
        /// Runs inside the `route` hook for unit `ldld-a` only, on line 3 of plugin.lua.
        var lua: String
        /// What the problem must say (any of them).
        var expected: [String]
        var description: String { name }
    }

    /// The CPU seconds the calling thread spends in `body` (what the limits bound: wall time on a
    /// machine shared with the rest of the suite can be many times more), and the wall seconds.
    static func timed<T>(_ body: () throws -> T) rethrows -> (T, cpu: Double, wall: Double) {
        func cpu() -> Double {
            var time = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
        }
        let (cpu0, wall0) = (cpu(), Date())
        let value = try body()
        return (value, cpu() - cpu0, Date().timeIntervalSince(wall0))
    }

    /// Wall time may exceed CPU time this many times before a test calls it a hang.
    static let sharedMachine = 10.0

    /// The per-call CPU limit these cases run under.
    static let callTime = 0.3

    static let timeCases: [Case] = [
        Case(name: "a string grown one byte at a time (..)",
             lua: "local s = 'x' while true do s = s .. 'x' end", expected: ["time limit exceeded"]),
        Case(name: "string.rep in a loop",
             lua: "while true do local s = string.rep('x', 4000000) end", expected: ["time limit exceeded"]),
        Case(name: "string.rep with a separator in a loop",
             lua: "while true do local s = string.rep('ab', 1000000, ',') end", expected: ["time limit exceeded"]),
        Case(name: "table.concat in a loop",
             lua: "local t = {} for i = 1, 100000 do t[i] = 'item' end while true do local s = table.concat(t, ',') end",
             expected: ["time limit exceeded"]),
        Case(name: "table.sort without a comparator in a loop",
             lua: "local t = {} for i = 1, 100000 do t[i] = (i * 7919) % 100003 end while true do table.sort(t) end",
             expected: ["time limit exceeded"]),
        Case(name: "table.sort with a Lua comparator",
             lua: "local t = {} for i = 1, 200000 do t[i] = (i * 7919) % 200003 end while true do table.sort(t, function(a, b) return a > b end) end",
             expected: ["time limit exceeded", "instruction budget exceeded"]),
        Case(name: "load of a large chunk in a loop",
             lua: "local code = 'return ' .. string.rep('1 + ', 100000) .. '1' while true do load(code) end",
             expected: ["time limit exceeded"]),
        Case(name: "plain string.find over a long subject",
             lua: "local s = string.rep('a', 8000000) while true do s:find('b', 1, true) end", expected: ["time limit exceeded"]),
        Case(name: "gsub with a callback",
             lua: "local s = string.rep('a', 100000) while true do s:gsub('a', function(c) return c end) end",
             expected: ["time limit exceeded", "instruction budget exceeded"]),
        Case(name: "a catastrophic pattern in a loop, each call caught",
             lua: "local s = string.rep('a', 3000) while true do pcall(string.find, s, string.rep('a*', 10) .. 'b') end",
             expected: ["time limit exceeded"]),
        Case(name: "gmatch over a long subject",
             lua: "local s = string.rep('a', 500000) while true do for w in s:gmatch('b') do end end", expected: ["time limit exceeded"]),
        Case(name: "comparing two long equal strings (one instruction each)",
             lua: "local a = string.rep('a', 4000000) local b = string.rep('a', 3999999) .. 'a' local n = 0 while true do if a == b then n = n + 1 end end",
             expected: ["time limit exceeded"]),
        Case(name: "utf8.len over a long subject",
             lua: "local s = string.rep('a', 8000000) while true do utf8.len(s) end", expected: ["time limit exceeded"]),
        Case(name: "repeated calls to the baocao.units API",
             lua: "while true do baocao.units.at_level('grassroots', '2023-06-01') baocao.units.children('ldld-tinh', '2023-06-01') end",
             expected: ["time limit exceeded", "instruction budget exceeded"]),
        Case(name: "expensive compares spread over coroutines that each run fewer instructions than a hook step",
             lua: """
             local a = string.rep('a', 4000000) local b = string.rep('a', 3999999) .. 'a'
             while true do
               local co = coroutine.create(function() for i = 1, 300 do local _ = (a == b) end end)
               coroutine.resume(co)
               local f = coroutine.wrap(function() for i = 1, 300 do local _ = (a == b) end end)
               f()
             end
             """, expected: ["time limit exceeded"]),
        Case(name: "a time limit swallowed by the plugin's own pcall",
             lua: "while true do pcall(function() local s = 'x' while true do s = s .. 'x' end end) end",
             expected: ["time limit exceeded"]),
    ]

    static let answerCases: [Case] = [
        Case(name: "a bad argument to a library function names the function and the line",
             lua: "string.rep()", expected: ["plugin.lua:3: bad argument #1 to 'string.rep'"]),
        Case(name: "a baocao function called from a coroutine reads that coroutine's arguments",
             lua: """
             local co = coroutine.wrap(function(x) return baocao.date.add_days('2023-01-01', x) end)
             error('got ' .. co(30))
             """, expected: ["got 2023-01-31"]),
        Case(name: "a view's pairs does not hand out the table behind it",
             lua: """
             local iterate, state = pairs(due.unit)
             local ok = pcall(rawset, state, 'name', 'hacked')
             error('rawset ' .. tostring(ok) .. ', name ' .. due.unit.name)
             """, expected: ["rawset false, name "]),
        Case(name: "a route that contains itself",
             lua: "local t = {} t[1] = t return t", expected: ["refers back to the answer"]),
        Case(name: "a table that contains itself ten times at each level",
             lua: "local t = {} for i = 1, 10 do t[i] = t end return t", expected: ["refers back to the answer"]),
        Case(name: "a cycle through a field",
             lua: "local a = {to = 'ldld-tinh'} local b = {a} a.next = b return {a}", expected: ["refers back to the answer[1]"]),
        Case(name: "nesting ten thousand deep",
             lua: "local t = {} local top = t for i = 1, 10000 do t[1] = {} t = t[1] end return top",
             expected: ["nests tables more than 32 deep"]),
        Case(name: "a shared table repeated into an exponential answer",
             lua: "local t = {'ldld-tinh'} for i = 1, 30 do t = {t, t} end return t",
             expected: ["KiB a plugin's answer may take", "nests tables more than"]),
        Case(name: "half a million routes",
             lua: "local t = {} for i = 1, 500000 do t[i] = 'ldld-tinh' end return t", expected: ["routes for one report"]),
        Case(name: "a cyclic argument to a baocao function",
             lua: "local t = {} t.x = t baocao.units.get(t)", expected: ["argument #1.x refers back to argument #1"]),
        Case(name: "an error object whose __tostring grows without end",
             lua: "error(setmetatable({}, {__tostring = function() local s = 'x' while true do s = s .. s end end}))",
             expected: ["memory limit exceeded", "__tostring"]),
        Case(name: "an error object whose __tostring loops",
             lua: "error(setmetatable({}, {__tostring = function() while true do end end}))",
             expected: ["instruction budget exceeded", "time limit exceeded"]),
        Case(name: "an error message of six megabytes",
             lua: "error(string.rep('x', 6000000))", expected: ["bytes more)"]),
    ]

    static let limits = LuaLimits(memory: 16 << 20, instructions: 50_000_000, patternSteps: 1_000_000,
                                  callTime: callTime, totalTime: 30)

    /// The hostile plugin between a plugin before it and one after it that decides every route.
    static func chain(_ fixtures: PluginFixtures, hostile lua: String, limits: LuaLimits = limits) throws -> PluginChain {
        try fixtures.add("hostile", hooks: ["route"], lua: """
            return { route = function(due)
              if due.unit.id == "ldld-a" then
                \(lua)
              end
              return nil
            end }
            """)
        try fixtures.add("after", hooks: ["route"], lua: """
            return { route = function(due) return { { to = "ldld-tinh", through = "ban-cspl-qhld" } } end }
            """)
        return try fixtures.chain(["national", "hostile", "after"], limits: limits)
    }

    static func check(_ hostile: Case, chain: PluginChain) -> (problems: [RuleProblem], calls: Int, seconds: Double) {
        let (schedule, seconds, wall) = timed {
            Scheduler(workspace: chain.context.workspace, rules: chain)
                .schedule(from: CalendarDate(year: 2023, month: 1, day: 1)!, to: CalendarDate(year: 2023, month: 12, day: 31)!)
        }
        #expect(wall < max(seconds, 1) * sharedMachine, "\(wall) s of wall time for \(seconds) s of CPU")
        let problems = schedule.problems.filter { $0.plugin == "hostile" }
        #expect(!problems.isEmpty, "the hostile hook was not reported")
        for problem in problems {
            #expect(problem.hook == "route")
            #expect(problem.message.contains("hostile/plugin.lua:"), "no file and line: \(problem.message)")
            #expect(hostile.expected.contains { problem.message.contains($0) }, "\(problem.message)")
            #expect(problem.message.utf8.count <= LuaText.messageLimit + 400, "the message was not cut")
        }
        #expect(schedule.problems.allSatisfy { $0.plugin == "hostile" }, "\(schedule.problems.filter { $0.plugin != "hostile" })")
        // Every unit, the victim included, got the decision of the plugin after the hostile one.
        let districts = schedule.reports.filter { ["ldld-a", "ldld-b"].contains($0.unit) }
        #expect(Set(districts.map(\.unit)) == ["ldld-a", "ldld-b"])
        #expect(districts.allSatisfy { $0.decidedBy["route"] == "after" && $0.deadline != nil })
        let calls = schedule.reports.filter { $0.unit == "ldld-a" }.count
        if ProcessInfo.processInfo.environment["BAOCAO_LIMIT_FIGURES"] != nil {
            // For the record of a run (make test does not set it): how long each stop took.
            print("limit-figure\t\(hostile.name)\t\(calls) calls\t\(String(format: "%.3f", seconds / Double(max(calls, 1)))) s CPU per call\t\(String(format: "%.3f", wall)) s wall")
        }
        return (problems, calls, seconds)
    }

    @Test("A loop of expensive C calls is stopped by the CPU-time limit of its call", arguments: timeCases)
    func timeLimit(_ hostile: Case) throws {
        let fixtures = try PluginFixtures()
        defer { fixtures.remove() }
        let chain = try Self.chain(fixtures, hostile: hostile.lua)
        let (problems, calls, seconds) = Self.check(hostile, chain: chain)
        #expect(problems.count == calls)
        // Each call stops within its limit and a margin for a noisy machine.
        #expect(seconds < Double(calls) * (Self.callTime + 0.7) + 1, "\(calls) calls took \(seconds) s")
    }

    @Test("An answer that would make the host recurse or allocate without end is refused", arguments: answerCases)
    func answer(_ hostile: Case) throws {
        let fixtures = try PluginFixtures()
        defer { fixtures.remove() }
        let chain = try Self.chain(fixtures, hostile: hostile.lua)
        let (problems, calls, seconds) = Self.check(hostile, chain: chain)
        #expect(problems.count == calls)
        #expect(seconds < Double(calls) * 1.0 + 1, "\(calls) calls took \(seconds) s")
    }

    @Test("A score hook growing a string is stopped within 2 s; one returning a table that contains itself within 1 s")
    func scoreHook() throws {
        let fixtures = try PluginFixtures()
        defer { fixtures.remove() }
        try fixtures.add("grows", hooks: ["score"], lua: """
            return { score = function(request)
              local s = 'x'
              while true do s = s .. 'x' end
            end }
            """)
        try fixtures.add("cyclic", hooks: ["score"], lua: """
            return { score = function(request)
              local sheet = { criteria = {} }
              sheet.criteria[1] = sheet
              return sheet
            end }
            """)
        for (plugin, bound, expected) in [("grows", 2.0, "time limit exceeded"), ("cyclic", 1.0, "refers back to the answer")] {
            let chain = try fixtures.chain(["national", plugin], limits: .standard)
            let directive = chain.context.workspace.directives[0]
            let (sheet, seconds, wall) = Self.timed {
                chain.score(unit: "ldld-a", directive: directive, period: Period(parsing: "2023")!, submissions: [])
            }
            #expect(wall < bound * Self.sharedMachine)
            #expect(sheet == nil)
            #expect(seconds < bound, "\(plugin): \(seconds) s")
            let problems = chain.takeProblems()
            #expect(problems.count == 1)
            #expect(problems.first?.message.contains(expected) == true, "\(problems)")
            #expect(problems.first?.message.contains("\(plugin)/plugin.lua:") == true, "\(problems)")
        }
    }

    @Test("A deadline hook that loops for every report is stopped for the whole command within its total limit")
    func totalLimit() throws {
        let fixtures = try PluginFixtures()
        defer { fixtures.remove() }
        try fixtures.add("slow", hooks: ["deadline"], lua: """
            return { deadline = function(due)
              local s = 'x'
              while true do s = s .. 'x' end
            end }
            """)
        let limits = LuaLimits(memory: 16 << 20, instructions: 0, patternSteps: 1_000_000, callTime: 0.25, totalTime: 1)
        let chain = try fixtures.chain(["national", "tay-ninh", "slow"], limits: limits, workspace: "examples/tay-ninh")
        let from = CalendarDate(year: 2023, month: 1, day: 1)!, to = CalendarDate(year: 2023, month: 12, day: 31)!
        let (schedule, seconds, wall) = Self.timed { Scheduler(workspace: chain.context.workspace, rules: chain).schedule(from: from, to: to) }
        #expect(wall < 3 * Self.sharedMachine)
        #expect(schedule.reports.count > 20, "enough calls that per-call limits alone would take \(Double(schedule.reports.count) * 0.25) s")
        #expect(seconds < 1 + 0.25 + 1.5, "the command took \(seconds) s")
        let messages = schedule.problems.map(\.message)
        #expect(messages.contains { $0.contains("total time limit exceeded") })
        #expect(messages.allSatisfy { $0.contains("slow/plugin.lua:") || $0.contains("more problems of this hook") })
        // The decisions of the national plugin stand.
        #expect(schedule.reports.allSatisfy { $0.deadline != nil && $0.decidedBy["deadline"] != "slow" })
        // A new command has its total again: the first call runs (and is stopped by its own limit).
        chain.startCommand()
        let again = Scheduler(workspace: chain.context.workspace, rules: chain)
            .schedule(from: from, to: to)
        #expect(again.problems.first?.message.contains("time limit exceeded (a hook may use 250 ms") == true, "\(again.problems.first as Any)")
    }

    @Test("A hook failing for every report gives at most 200 problems and a count of the rest")
    func problemsAreCounted() throws {
        let fixtures = try PluginFixtures()
        defer { fixtures.remove() }
        try fixtures.add("failing", hooks: ["deadline"], lua: "return { deadline = function(due) error(string.rep('é', 5000)) end }")
        let chain = try fixtures.chain(["national", "tay-ninh", "failing"], workspace: "examples/tay-ninh")
        let schedule = Scheduler(workspace: chain.context.workspace, rules: chain)
            .schedule(from: CalendarDate(year: 2023, month: 1, day: 1)!, to: CalendarDate(year: 2023, month: 12, day: 31)!)
        let failing = schedule.problems.filter { $0.plugin == "failing" }
        #expect(schedule.reports.count > ProblemLog.perHook)
        #expect(failing.count == ProblemLog.perHook + 1)
        #expect(failing.last?.message == "\(schedule.reports.count - ProblemLog.perHook) more problems of this hook were left out; the first \(ProblemLog.perHook) of \(schedule.reports.count) are listed")
        // Cut at a character boundary: no replacement character, and the count of what was cut.
        #expect(failing[0].message.contains("bytes more)") && !failing[0].message.contains("\u{FFFD}"))
    }

    @Test("Log lines are cut and capped per command")
    func logLines() throws {
        let fixtures = try PluginFixtures()
        defer { fixtures.remove() }
        try fixtures.add("chatty", hooks: ["deadline"], lua: """
            local big = string.rep('y', 100000)
            return { deadline = function(due)
              for i = 1, 50 do print(big) end
            end }
            """)
        var workspace = try WorkspaceLoader(path: PluginFixtures.root.appendingPathComponent("examples/tay-ninh").path).load()
        workspace.plugins = ["national", "tay-ninh", "chatty"]
        let lines = Lines()
        let context = PluginContext(workspace: workspace, log: { lines.add($0) })
        let chain = try PluginChain(workspace: workspace, locator: PluginLocator(searchPaths: [fixtures.folder.path,
            PluginFixtures.root.appendingPathComponent("plugins").path]), context: context)
        _ = Scheduler(workspace: workspace, rules: chain)
            .schedule(from: CalendarDate(year: 2023, month: 1, day: 1)!, to: CalendarDate(year: 2023, month: 12, day: 31)!)
        let written = lines.all
        #expect(written.count == PluginContext.linesPerCommand + 1)
        #expect(written.dropLast().allSatisfy { $0.message.utf8.count < LuaText.messageLimit + 40 && $0.message.hasSuffix("bytes more)") })
        #expect(written.last?.message.contains("the rest are left out") == true)
        chain.startCommand()
        _ = Scheduler(workspace: workspace, rules: chain)
            .schedule(from: CalendarDate(year: 2023, month: 1, day: 1)!, to: CalendarDate(year: 2023, month: 12, day: 31)!)
        #expect(lines.all.count > written.count, "a new command may log again")
    }

    final class Lines: @unchecked Sendable {
        private let lock = NSLock()
        private var entries: [PluginLogEntry] = []
        func add(_ entry: PluginLogEntry) { lock.lock(); entries.append(entry); lock.unlock() }
        var all: [PluginLogEntry] { lock.lock(); defer { lock.unlock() }; return entries }
    }

    @Test("A periods answer listing a period twice, or one of another year, or too many, is refused")
    func periodsAnswers() throws {
        let answers = [
            ("{'2023', '2023', '2023', '2023', '2023', '2023', '2023', '2023', '2023', '2023'}", "the period '2023' 10 times"),
            ("{'2024'}", "the period '2024' when asked for 2023"),
            ("(function() local t = {} for i = 1, 1000 do t[i] = '2023' end return t end)()", "1000 periods for 2023"),
        ]
        for (answer, expected) in answers {
            let fixtures = try PluginFixtures()
            defer { fixtures.remove() }
            try fixtures.add("periods", hooks: ["periods"], lua: """
                return { periods = function(request)
                  if request.year == 2023 then return \(answer) end
                end }
                """)
            let chain = try fixtures.chain(["national", "periods"])
            let reference = try fixtures.chain(["national"])
            let from = CalendarDate(year: 2023, month: 1, day: 1)!, to = CalendarDate(year: 2023, month: 12, day: 31)!
            let schedule = Scheduler(workspace: chain.context.workspace, rules: chain).schedule(from: from, to: to)
            let expectedReports = Scheduler(workspace: reference.context.workspace, rules: reference).schedule(from: from, to: to)
            #expect(schedule.problems.contains { $0.plugin == "periods" && $0.message.contains(expected) && $0.message.contains("periods/plugin.lua:") },
                    "\(schedule.problems)")
            #expect(schedule.reports.count == expectedReports.reports.count, "the national periods stand")
        }
    }

    @Test("A hook calling back into its own plugin (a deadline asking for working days the same plugin decides) shares its call's limits")
    func nestedCalls() throws {
        let fixtures = try PluginFixtures()
        defer { fixtures.remove() }
        try fixtures.add("both", hooks: ["calendar", "deadline"], lua: """
            local calls = 0
            return {
              calendar = function(request) calls = calls + 1 return nil end,
              deadline = function(due)
                local y = 2023
                while true do
                  baocao.calendar.is_working_day(y .. '-01-02')
                  y = y + 1
                  if y > 2150 then y = 2023 end
                end
              end,
            }
            """)
        let limits = LuaLimits(memory: 16 << 20, instructions: 0, patternSteps: 1_000_000, callTime: 0.3, totalTime: 2)
        let chain = try fixtures.chain(["national", "both"], limits: limits)
        let (schedule, seconds, wall) = Self.timed {
            Scheduler(workspace: chain.context.workspace, rules: chain)
                .schedule(from: CalendarDate(year: 2023, month: 1, day: 1)!, to: CalendarDate(year: 2023, month: 12, day: 31)!)
        }
        #expect(seconds < 2 + 0.3 + 1.5, "\(seconds) s")
        #expect(wall < 4 * Self.sharedMachine)
        #expect(schedule.problems.contains { $0.plugin == "both" && $0.message.contains("time limit exceeded") }, "\(schedule.problems.prefix(3))")
    }

    @Test("A validate hook giving more findings than a submission can mean is reported, not stored")
    func tooManyFindings() throws {
        let fixtures = try PluginFixtures()
        defer { fixtures.remove() }
        try fixtures.add("picky", hooks: ["validate"], lua: """
            return { validate = function(submission)
              local t = {} for i = 1, 10000 do t[i] = 'wrong ' .. i end return t
            end }
            """)
        let chain = try fixtures.chain(["national", "picky"])
        let directive = chain.context.workspace.directives[0]
        let obligation = directive.obligations[0]
        let submission = Submission(directive: directive.id, obligation: obligation.id, unit: "ldld-a",
                                    period: Period(parsing: "2023")!, receivedAt: Date())
        #expect(chain.validate(submission).isEmpty)
        let problems = chain.takeProblems()
        #expect(problems.first?.message.contains("picky/plugin.lua:1: the hook returned 10000 findings for one submission; at most 100") == true,
                "\(problems)")
    }

    @Test("Answers that are heavy to read count towards the plugin's total time (the fuzzer's input: a list of 260,000 tables for every report)")
    func heavyAnswers() throws {
        let fixtures = try PluginFixtures()
        defer { fixtures.remove() }
        try fixtures.add("heavy", hooks: ["route"], lua: """
            local list = {}
            for i = 1, 260000 do list[i] = {} end
            return { route = function(due) return list end }
            """)
        let limits = LuaLimits(memory: 64 << 20, instructions: 20_000_000, patternSteps: 1_000_000, callTime: 1, totalTime: 1)
        let chain = try fixtures.chain(["national", "tay-ninh", "heavy"], limits: limits, workspace: "examples/tay-ninh")
        let (schedule, seconds, wall) = Self.timed {
            Scheduler(workspace: chain.context.workspace, rules: chain)
                .schedule(from: CalendarDate(year: 2023, month: 1, day: 1)!, to: CalendarDate(year: 2023, month: 12, day: 31)!)
        }
        #expect(wall < 3 * Self.sharedMachine)
        #expect(schedule.reports.count == 270)
        #expect(seconds < 1 + 2, "\(seconds) s")
        let messages = schedule.problems.filter { $0.plugin == "heavy" }.map(\.message)
        #expect(messages.contains { $0.contains("routes for one report") })
        #expect(messages.contains { $0.contains("total time limit exceeded") })
    }
}
