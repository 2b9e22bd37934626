import BaocaoCore
import Foundation
import Testing
@testable import BaocaoLua

/// Numbers at the edges — the infinities, NaN, -1, 2^63, 1e308 and the extreme integers — handed
/// back by hooks or passed to `baocao.*`. Each is refused with a problem (or a Lua error) that
/// names the field or argument and the plugin's file and line, or taken as the number it is when
/// it makes sense; the host never traps, and the other units and plugins keep their answers.
@Suite("Edge numbers from plugins are checked, never trapped")
struct EdgeNumberTests {
    /// The edge values as a plugin writes them.
    static let edges = ["math.huge", "-math.huge", "0/0", "-1", "2^63", "1e308", "math.mininteger", "math.maxinteger"]
    static let nonFinite: Set<String> = ["math.huge", "-math.huge", "0/0"]
    static let negative: Set<String> = ["-math.huge", "-1", "math.mininteger"]
    /// The value of an edge in Swift, for the finite ones.
    static func value(_ edge: String) -> Double {
        switch edge {
        case "-1": -1
        case "2^63": 0x1p63
        case "1e308": 1e308
        case "math.mininteger": Double(Int64.min)
        case "math.maxinteger": Double(Int64.max)
        default: .nan
        }
    }

    // MARK: indicator

    @Test("An indicator hook's achieved, population and meeting at the edges", arguments: ["achieved", "population", "meeting"], edges)
    func indicator(_ field: String, _ edge: String) throws {
        let fixtures = try PluginFixtures()
        defer { fixtures.remove() }
        var fields = ["achieved": "75", "population": "2", "meeting": "1"]
        fields[field] = edge
        try fixtures.add("before", hooks: ["indicator"], lua: """
            return { indicator = function(request) return { achieved = 50, population = 2, meeting = 1, failing = {} } end }
            """)
        try fixtures.add("edgy", hooks: ["indicator"], lua: """
            return { indicator = function(request)
              return { achieved = \(fields["achieved"]!), population = \(fields["population"]!), meeting = \(fields["meeting"]!) }
            end }
            """)
        // 'after' hands back what it was given: the chain went on, and the value crossed again.
        try fixtures.add("after", hooks: ["indicator"], lua: """
            return { indicator = function(request)
              local r = request.result
              return { achieved = r.achieved, population = r.population, meeting = r.meeting }
            end }
            """)
        let chain = try fixtures.chain(["national", "before", "edgy", "after"])
        let workspace = chain.context.workspace
        let directive = try #require(workspace.directives.first)
        let results = IndicatorEvaluator(workspace: workspace, submissions: [], asOf: CalendarDate(parsing: "2023-12-31")!)
            .evaluate(directive, period: Period(parsing: "2023")!, rules: chain)
        let result = try #require(results.first)
        let problems = chain.takeProblems()

        let accepted = switch field {
        case "achieved": !Self.nonFinite.contains(edge)
        case "population": edge == "math.maxinteger"  // a whole number ≥ 0 that Int holds; meeting 1 is below it
        default: false  // meeting is at most the population, 2
        }
        if accepted {
            #expect(problems.isEmpty, "\(problems)")
            switch field {
            case "achieved": #expect(result.achieved == Self.value(edge))
            default: #expect(result.population == Int.max && result.meeting == 1)
            }
        } else {
            let problem = try #require(problems.first, "\(field) = \(edge) was taken: \(result)")
            #expect(problems.count == 1)
            #expect(problem.plugin == "edgy" && problem.hook == "indicator")
            #expect(problem.message.contains("edgy/plugin.lua:1:"), "\(problem.message)")
            #expect(problem.message.contains("'\(field)'"), "\(problem.message)")
            // The answer of the plugin before stands, and the plugin after saw it.
            #expect(result.achieved == 50 && result.population == 2 && result.meeting == 1)
        }
    }

    // MARK: score

    @Test("A score hook's max and points at the edges", arguments: ["max", "points"], edges)
    func score(_ field: String, _ edge: String) throws {
        let fixtures = try PluginFixtures()
        defer { fixtures.remove() }
        let (maximum, points) = field == "max" ? (edge, "0") : ("20", edge)
        try fixtures.add("before", hooks: ["score"], lua: """
            return { score = function(request)
              return { criteria = { { id = "base", title = "Base", max = 10, points = 5, evidence = "" } } }
            end }
            """)
        try fixtures.add("edgy", hooks: ["score"], lua: """
            return { score = function(request)
              if request.unit.id ~= "ldld-a" then return nil end
              return { criteria = { { id = "x", title = "X", max = \(maximum), points = \(points), evidence = "" } } }
            end }
            """)
        try fixtures.add("after", hooks: ["score"], lua: "return { score = function(request) return nil end }")
        let chain = try fixtures.chain(["national", "before", "edgy", "after"])
        let directive = try #require(chain.context.workspace.directives.first)
        let period = Period(parsing: "2023")!
        let sheet = try #require(chain.score(unit: "ldld-a", directive: directive, period: period, submissions: []))
        let problems = chain.takeProblems()
        let other = try #require(chain.score(unit: "ldld-b", directive: directive, period: period, submissions: []))
        #expect(other.scoredBy == "before" && other.total == 5 && chain.takeProblems().isEmpty)

        // A max is a finite number ≥ 0; points lie between 0 and the max.
        let accepted = field == "max" && !Self.nonFinite.contains(edge) && !Self.negative.contains(edge)
        if accepted {
            #expect(problems.isEmpty, "\(problems)")
            #expect(sheet.scoredBy == "edgy" && sheet.maximum == Self.value(edge) && sheet.total == 0)
        } else {
            let problem = try #require(problems.first, "\(field) = \(edge) was taken: \(sheet)")
            #expect(problems.count == 1)
            #expect(problem.plugin == "edgy" && problem.hook == "score")
            #expect(problem.message.contains("edgy/plugin.lua:1:"), "\(problem.message)")
            #expect(problem.message.contains("criterion 'x'") && problem.message.contains(field), "\(problem.message)")
            #expect(sheet.scoredBy == "before" && sheet.total == 5)
        }
    }

    // MARK: document

    /// A block with one number at an edge, as a document hook returns it.
    static func block(_ field: String, _ edge: String) -> String {
        switch field {
        case "heading level": "baocao.document.heading(\(edge), 'Tiêu đề')"
        case "chart maximum": "baocao.document.chart({ title = 'T', bars = { { label = 'A', value = 50 } }, maximum = \(edge) })"
        case "bar value": "baocao.document.chart({ title = 'T', bars = { { label = 'A', value = \(edge) } } })"
        default: "baocao.document.table({ columns = { 'A', 'B' }, rows = { { '1', '2' } }, widths = { 1, \(edge) } })"
        }
    }

    @Test("A document hook's heading level, chart maximum, bar value and table width at the edges",
          arguments: ["heading level", "chart maximum", "bar value", "table width"], edges)
    func document(_ field: String, _ edge: String) throws {
        let fixtures = try PluginFixtures()
        defer { fixtures.remove() }
        try fixtures.add("before", hooks: ["document"], lua: """
            return { document = function(block)
              if block.type == "title" then block.subject = block.subject .. " (trước)"; return block end
            end }
            """)
        try fixtures.add("edgy", hooks: ["document"], lua: """
            return { document = function(block)
              if block.type == "paragraph" then return \(Self.block(field, edge)) end
            end }
            """)
        try fixtures.add("after", hooks: ["document"], lua: """
            return { document = function(block)
              if block.type == "title" then block.subject = block.subject .. " (sau)"; return block end
            end }
            """)
        let chain = try fixtures.chain(["national", "before", "edgy", "after"])
        let shaped = chain.shape(DocumentHookTests.document, context: DocumentHookTests.context)
        let problems = chain.takeProblems()
        #expect(shaped.blocks.contains(.title(DocumentTitle(type: "Báo cáo", subject: "Kết quả năm 2023 (trước) (sau)"))),
                "the plugins before and after the edgy one did their work")

        let accepted = switch field {
        case "heading level": false  // 1, 2 or 3
        case "bar value": !Self.nonFinite.contains(edge)
        default: !Self.nonFinite.contains(edge) && !Self.negative.contains(edge)  // > 0
        }
        if accepted {
            #expect(problems.isEmpty, "\(problems)")
            #expect(!shaped.blocks.contains { if case .paragraph = $0 { true } else { false } }, "the paragraph was replaced")
        } else {
            let problem = try #require(problems.first, "\(field) = \(edge) was taken")
            #expect(problems.count == 1)
            #expect(problem.plugin == "edgy" && problem.hook == "document")
            #expect(problem.message.contains("edgy/plugin.lua:1:"), "\(problem.message)")
            let named = ["heading level": "'level'", "chart maximum": "'maximum'", "bar value": "'value'", "table width": "'widths'"][field]!
            #expect(problem.message.contains(named), "\(problem.message)")
            #expect(shaped.blocks.contains(DocumentHookTests.document.blocks[3]), "the edgy plugin's pass was dropped")
        }
    }

    // MARK: baocao.*

    struct Call: CustomStringConvertible, Sendable {
        /// A call to the module, as Lua.
        var lua: String
        /// What the error must say.
        var expected: String
        var description: String { lua }
    }

    static let calls: [Call] = [
        Call(lua: "baocao.date.add_days('2023-01-01', math.maxinteger)", expected: "bad argument #2 to 'baocao.date.add_days' (the days to add to 2023-01-01 must be between -738520 and 2913538"),
        Call(lua: "baocao.date.add_days('2023-01-01', math.mininteger)", expected: "bad argument #2 to 'baocao.date.add_days' (the days to add to 2023-01-01 must be between"),
        Call(lua: "baocao.date.add_days('2023-01-01', 2^63)", expected: "bad argument #2 to 'baocao.date.add_days' (expected a whole number"),
        Call(lua: "baocao.date.add_days('2023-01-01', 1e308)", expected: "bad argument #2 to 'baocao.date.add_days' (expected a whole number"),
        Call(lua: "baocao.date.add_days('2023-01-01', math.huge)", expected: "bad argument #2 to 'baocao.date.add_days' (expected a whole number"),
        Call(lua: "baocao.date.add_days('2023-01-01', 0/0)", expected: "bad argument #2 to 'baocao.date.add_days' (expected a whole number"),
        Call(lua: "baocao.date.add_days('9999-12-31', 1)", expected: "bad argument #2 to 'baocao.date.add_days' (the days to add to 9999-12-31 must be between"),
        Call(lua: "baocao.date.add_days('0001-01-01', -1)", expected: "bad argument #2 to 'baocao.date.add_days' (the days to add to 0001-01-01 must be between 0 and"),
        Call(lua: "baocao.date.make(2^62, 1, 1)", expected: "bad argument #1 to 'baocao.date.make' (the year must be between 1 and 9999, got 4611686018427387904)"),
        Call(lua: "baocao.date.make(math.mininteger, 1, 1)", expected: "bad argument #1 to 'baocao.date.make' (the year must be between 1 and 9999"),
        Call(lua: "baocao.date.make(2023, math.maxinteger, 1)", expected: "bad argument #2 to 'baocao.date.make' (the month must be between 1 and 12"),
        Call(lua: "baocao.date.make(2023, 2, 29)", expected: "bad arguments to 'baocao.date.make': 2023-2-29 is not a day of the calendar"),
        Call(lua: "baocao.date.make(2023, 1, -1)", expected: "bad argument #3 to 'baocao.date.make' (the day must be between 1 and 31"),
        Call(lua: "baocao.date.make(2023, 1, math.huge)", expected: "bad argument #3 to 'baocao.date.make' (expected a whole number"),
        Call(lua: "baocao.date.last_of_month(2^62, 1)", expected: "bad argument #1 to 'baocao.date.last_of_month' (the year must be between 1 and 9999"),
        Call(lua: "baocao.date.last_of_month(math.mininteger, 1)", expected: "bad argument #1 to 'baocao.date.last_of_month' (the year must be between 1 and 9999"),
        Call(lua: "baocao.date.last_of_month(2023, math.maxinteger)", expected: "bad argument #2 to 'baocao.date.last_of_month' (the month must be between 1 and 12"),
        Call(lua: "baocao.date.last_of_month(2023, 0/0)", expected: "bad argument #2 to 'baocao.date.last_of_month' (expected a whole number"),
        Call(lua: "baocao.period.of_year('month', 2^62)", expected: "bad argument #2 to 'baocao.period.of_year' (the year must be between 1 and 9999"),
        Call(lua: "baocao.period.of_year('quarter', -1)", expected: "bad argument #2 to 'baocao.period.of_year' (the year must be between 1 and 9999, got -1)"),
        Call(lua: "baocao.period.of_year('year', math.huge)", expected: "bad argument #2 to 'baocao.period.of_year' (expected a whole number"),
        Call(lua: "baocao.calendar.add_working_days('2023-01-01', math.mininteger)", expected: "bad argument #2 to 'baocao.calendar.add_working_days' (the working days to add must be between -10000 and 10000"),
        Call(lua: "baocao.calendar.add_working_days('2023-01-01', math.maxinteger)", expected: "bad argument #2 to 'baocao.calendar.add_working_days' (the working days to add must be between -10000 and 10000"),
        Call(lua: "baocao.calendar.add_working_days('2023-01-01', 1e6)", expected: "bad argument #2 to 'baocao.calendar.add_working_days' (the working days to add must be between"),
        Call(lua: "baocao.calendar.add_working_days('2023-01-01', 0/0)", expected: "bad argument #2 to 'baocao.calendar.add_working_days' (expected a whole number"),
        Call(lua: "baocao.calendar.add_working_days('9999-12-30', 5)", expected: "bad argument #2 to 'baocao.calendar.add_working_days' (5 working days after 9999-12-30 fall after 9999-12-31"),
        Call(lua: "baocao.calendar.add_working_days('0001-01-02', -5)", expected: "bad argument #2 to 'baocao.calendar.add_working_days' (-5 working days after 0001-01-02 fall before 0001-01-01"),
        Call(lua: "baocao.calendar.days_off(99999999)", expected: "bad argument #1 to 'baocao.calendar.days_off' (the year must be between 1 and 9999, got 99999999)"),
        Call(lua: "baocao.calendar.days_off(math.mininteger)", expected: "bad argument #1 to 'baocao.calendar.days_off' (the year must be between 1 and 9999"),
        Call(lua: "baocao.calendar.days_off(-1)", expected: "bad argument #1 to 'baocao.calendar.days_off' (the year must be between 1 and 9999"),
        Call(lua: "baocao.calendar.is_working_day(math.huge)", expected: "bad argument #1 to 'baocao.calendar.is_working_day' (expected a date"),
        Call(lua: "baocao.calendar.on_or_after('10000-01-01')", expected: "bad argument #1 to 'baocao.calendar.on_or_after' (expected a date"),
        Call(lua: "baocao.units.parent('ldld-a', math.maxinteger)", expected: "bad argument #2 to 'baocao.units.parent' (expected a date"),
        Call(lua: "baocao.units.children('ldld-tinh', 0/0)", expected: "bad argument #2 to 'baocao.units.children' (expected a date"),
        Call(lua: "baocao.units.at_level('district', -math.huge)", expected: "bad argument #2 to 'baocao.units.at_level' (expected a date"),
        Call(lua: "baocao.date.days_between('0001-01-01', math.mininteger)", expected: "bad argument #2 to 'baocao.date.days_between' (expected a date"),
    ]

    @Test("baocao.* with edge arguments raises a Lua error at the plugin's line; a pcall catches it", arguments: calls)
    func module(_ call: Call) throws {
        let fixtures = try PluginFixtures()
        defer { fixtures.remove() }
        // 'edgy' calls straight out; 'catcher' catches the error with its own pcall and reports it.
        try fixtures.add("edgy", hooks: ["route"], lua: """
            return { route = function(due)
              if due.unit.id == "ldld-a" then
                local result = \(call.lua)
                error("no error; got " .. tostring(result), 0)
              end
            end }
            """)
        try fixtures.add("catcher", hooks: ["route"], lua: """
            return { route = function(due)
              if due.unit.id == "ldld-a" then
                local ok, message = pcall(function() return \(call.lua) end)
                if ok then error("no error", 0) end
                error("caught: " .. message, 0)
              end
            end }
            """)
        try fixtures.add("after", hooks: ["route"], lua: """
            return { route = function(due) return { { to = "ldld-tinh", through = "ban-cspl-qhld" } } end }
            """)
        let chain = try fixtures.chain(["national", "edgy", "catcher", "after"])
        let schedule = Scheduler(workspace: chain.context.workspace, rules: chain)
            .schedule(from: CalendarDate(year: 2023, month: 1, day: 1)!, to: CalendarDate(year: 2023, month: 12, day: 31)!)

        let raised = schedule.problems.filter { $0.plugin == "edgy" }
        let caught = schedule.problems.filter { $0.plugin == "catcher" }
        #expect(!raised.isEmpty && !caught.isEmpty)
        for problem in raised {
            #expect(problem.message.contains("edgy/plugin.lua:3: " + call.expected), "\(problem.message)")
            #expect(problem.subject?.contains("ldld-a") == true)
        }
        for problem in caught {
            #expect(problem.message.contains("caught: ") && problem.message.contains("catcher/plugin.lua:3: " + call.expected),
                    "\(problem.message)")
        }
        #expect(schedule.problems.allSatisfy { ["edgy", "catcher"].contains($0.plugin) }, "\(schedule.problems)")
        let districts = schedule.reports.filter { ["ldld-a", "ldld-b"].contains($0.unit) }
        #expect(Set(districts.map(\.unit)) == ["ldld-a", "ldld-b"])
        #expect(districts.allSatisfy { $0.decidedBy["route"] == "after" && $0.deadline != nil })
    }

    @Test("baocao.* at the ends of the calendar answers without leaving it")
    func calendarEnds() throws {
        let fixtures = try PluginFixtures()
        defer { fixtures.remove() }
        try fixtures.add("ends", hooks: ["route"], lua: """
            return { route = function(due)
              local date, calendar = baocao.date, baocao.calendar
              assert(date.add_days("0001-01-01", 2913538 + 738520) == "9999-12-31")
              assert(date.add_days("9999-12-31", -(2913538 + 738520)) == "0001-01-01")
              assert(date.add_days("2023-01-01", 2913538) == "9999-12-31")
              assert(date.days_between("0001-01-01", "9999-12-31") == 3652058)
              assert(date.last_of_month(9999, 12) == "9999-12-31" and date.make(1, 1, 1) == "0001-01-01")
              assert(#baocao.period.of_year("month", 9999) == 12)
              assert(calendar.on_or_after("9999-12-31") == "9999-12-31")    -- a Friday
              assert(calendar.on_or_before("0001-01-02") == "0001-01-02")   -- a Tuesday
              -- New Year's Day is a day off, and no day comes before it.
              local ok, message = pcall(calendar.on_or_before, "0001-01-01")
              assert(not ok and message:find("no working day comes on or before 0001-01-01", 1, true), message)
              assert(calendar.add_working_days("9999-12-30", 1) == "9999-12-31")
              assert(calendar.add_working_days("2023-01-03", 10000) > "2060-01-01")
              assert(calendar.add_working_days("2023-01-03", -10000) < "1985-01-01")
              assert(#calendar.days_off(9999) > 0 and calendar.days_off(1)[1].date == "0001-01-01")
              return nil
            end }
            """)
        let chain = try fixtures.chain(["national", "ends"])
        let schedule = Scheduler(workspace: chain.context.workspace, rules: chain)
            .schedule(from: CalendarDate(year: 2023, month: 1, day: 1)!, to: CalendarDate(year: 2023, month: 12, day: 31)!)
        #expect(schedule.problems.filter { $0.plugin == "ends" }.isEmpty, "\(schedule.problems)")
    }
}
