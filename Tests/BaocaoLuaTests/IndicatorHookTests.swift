import BaocaoCore
import Foundation
import Testing
@testable import BaocaoLua

/// The indicator hook: a province's own way of counting a target.
@Suite("The indicator hook")
struct IndicatorHookTests {
    @Test("A plugin computes a target from the latest submissions it is given, and names the failing units")
    func computes() throws {
        let fixtures = try PluginFixtures()
        defer { fixtures.remove() }
        try fixtures.add("own-indicator", hooks: ["indicator"], lua: """
            return { indicator = function(request)
              if request.target.id ~= "chi-tieu-1" then return nil end
              local planned, failing = 0, {}
              for _, submission in ipairs(request.submissions) do
                if submission.values.co_ke_hoach then planned = planned + 1
                else failing[#failing + 1] = { unit = submission.unit.id, reason = "no plan" } end
              end
              return { achieved = planned / #request.submissions * 100, population = #request.submissions,
                       meeting = planned, failing = failing }
            end }
            """)
        let chain = try fixtures.chain(["national", "own-indicator"])
        let workspace = chain.context.workspace
        let received = ReceivedTime.parse("2023-10-30")!
        let submissions = [
            Submission(directive: "kh-1", obligation: "bao-cao", unit: "ldld-a", period: Period(parsing: "2023")!,
                       values: ["co_ke_hoach": .boolean(true)], receivedAt: received),
            Submission(directive: "kh-1", obligation: "bao-cao", unit: "ldld-b", period: Period(parsing: "2023")!,
                       values: ["co_ke_hoach": .boolean(false)], receivedAt: received),
        ]
        let directive = try #require(workspace.directives.first)
        let evaluator = IndicatorEvaluator(workspace: workspace, submissions: submissions,
                                           asOf: CalendarDate(parsing: "2023-12-31")!)
        let results = evaluator.evaluate(directive, period: Period(parsing: "2023")!, rules: chain)
        let result = try #require(results.first)
        #expect(result.achieved == 50)
        #expect(result.meeting == 1 && result.population == 2)
        #expect(result.failures == [.init(unit: "ldld-b", reason: "no plan")])
        #expect(result.isMet == false)
        #expect(chain.takeProblems().isEmpty)
    }

    @Test("A hook returning no achieved value is reported, and the core's count is kept")
    func badResult() throws {
        let fixtures = try PluginFixtures()
        defer { fixtures.remove() }
        try fixtures.add("vague", hooks: ["indicator"], lua: "return { indicator = function(request) return { population = 3 } end }")
        let chain = try fixtures.chain(["national", "vague"])
        let workspace = chain.context.workspace
        let directive = try #require(workspace.directives.first)
        let results = IndicatorEvaluator(workspace: workspace, submissions: [], asOf: CalendarDate(parsing: "2023-12-31")!)
            .evaluate(directive, period: Period(parsing: "2023")!, rules: chain)
        #expect(results.first?.meeting == 0, "the core's count: nobody reported")
        let problems = chain.takeProblems()
        #expect(problems.first?.message.contains("vague/plugin.lua:1: the hook's result has no number 'achieved'") == true)
    }

    @Test("A later plugin that gives only 'achieved' keeps what an earlier one decided")
    func laterPluginUpdatesTheDecision() throws {
        let fixtures = try PluginFixtures()
        defer { fixtures.remove() }
        try fixtures.add("first", hooks: ["indicator"], lua: """
            return { indicator = function(request)
              return { achieved = 10, population = 2, meeting = 0, failing = { { unit = 'ldld-a', reason = 'late' } } }
            end }
            """)
        try fixtures.add("second", hooks: ["indicator"], after: ["national", "first"], lua: """
            return { indicator = function(request) return { achieved = request.result.achieved + 5 } end }
            """)
        let chain = try fixtures.chain(["national", "first", "second"])
        let workspace = chain.context.workspace
        let directive = try #require(workspace.directives.first)
        let results = IndicatorEvaluator(workspace: workspace, submissions: [], asOf: CalendarDate(parsing: "2023-12-31")!)
            .evaluate(directive, period: Period(parsing: "2023")!, rules: chain)
        let result = try #require(results.first)
        #expect(result.achieved == 15)
        #expect(result.population == 2 && result.meeting == 0)
        #expect(result.failures == [.init(unit: "ldld-a", reason: "late")])
        #expect(chain.takeProblems().isEmpty)
    }
}
