import BaocaoCore
import Foundation
import Testing
@testable import BaocaoStore

/// Tây Ninh's targets from the fixture submissions, counted by hand.
@Suite("Indicator targets: achieved, met or not, failing units")
struct IndicatorEvaluatorTests {
    func results(asOf: String) throws -> [String: IndicatorResult] {
        let root = SubmissionStoreTests.root
        let workspace = try WorkspaceLoader(path: root.appendingPathComponent("examples/tay-ninh").path).load()
        let reader = SubmissionFileReader(workspace: workspace)
        var submissions: [Submission] = []
        for name in ["districts.csv", "districts-resubmitted.csv", "grassroots.json"] {
            let url = root.appendingPathComponent("Tests/Fixtures/submissions/\(name)")
            submissions += try reader.read(url: url, path: name).map(\.submission)
        }
        let evaluator = IndicatorEvaluator(workspace: workspace, submissions: submissions, asOf: CalendarDate(parsing: asOf)!)
        let directive = try #require(workspace.directive("439/KH-LĐLĐ"))
        return Dictionary(uniqueKeysWithValues: evaluator.evaluate(directive, period: Period(parsing: "2023")!).map { ($0.target.id, $0) })
    }

    @Test("III.3, a share: 2 of 13 district-level unions reported a plan; Bến Cầu said no, ten sent nothing")
    func share() throws {
        let result = try #require(try results(asOf: "2023-11-10")["chi-tieu-3"])
        #expect(result.population == 13)
        #expect(result.meeting == 2)
        #expect(result.achieved == 2.0 / 13.0 * 100)
        #expect(result.isMet == false)
        #expect(result.failures.first { $0.unit == "ldld-ben-cau" }?.reason == "co_ke_hoach = không")
        #expect(result.failures.filter { $0.reason == "no report" }.count == 10)
    }

    @Test("III.1, a ratio over the latest reports: Gò Dầu's correction replaces its first report")
    func ratio() throws {
        let result = try #require(try results(asOf: "2023-11-10")["chi-tieu-1"])
        #expect(result.sums?.numerator == Double(118 + 86 + 50))
        #expect(result.sums?.denominator == Double(120 + 86 + 64))
        #expect(result.isMet == false)
        // Before the correction arrived (2/11), Gò Dầu's first report (85 of 85) counts.
        let before = try #require(try results(asOf: "2023-11-01")["chi-tieu-1"])
        #expect(before.sums?.denominator == Double(120 + 85))
    }

    @Test("III.6, a rating of at least Tốt: one grassroots union of two reporting")
    func rating() throws {
        let result = try #require(try results(asOf: "2023-11-10")["chi-tieu-6a"])
        #expect(result.meeting == 1)
        #expect(result.failures.first { $0.unit == "cdcs-tay-ninh-02" }?.reason == "xep_loai = Khá")
        #expect(result.target.isAspirational)
    }

    /// Issue 17: a period holds the shorter ones inside it. A unit's own report of the period
    /// counts when it sent one, else those of the longest kind inside it that it sent — never a
    /// half-year's report and its quarters both.
    @Test("Over a half-year or a year: a unit's H1 report, else its quarters (summed, or the latest for a share)")
    func containingPeriods() throws {
        let root = SubmissionStoreTests.root
        let workspace = try WorkspaceLoader(path: root.appendingPathComponent("Tests/Fixtures/regimes/receiver-deadline").path).load()
        let directive = try #require(workspace.directives.first)
        func sent(_ unit: String, _ period: String, _ count: Int) -> Submission {
            Submission(directive: directive.id, obligation: "quy", unit: unit, period: Period(parsing: period)!,
                       values: ["so_viec": .integer(count)], receivedAt: ReceivedTime.parse("2024-08-01")!)
        }
        let submissions = [sent("huyen-a", "2024-Q1", 2), sent("huyen-a", "2024-Q2", 3), sent("huyen-a", "2024-H1", 6),
                           sent("huyen-b", "2024-Q1", 1), sent("huyen-b", "2024-Q2", 4)]
        let evaluator = IndicatorEvaluator(workspace: workspace, submissions: submissions, asOf: CalendarDate(parsing: "2024-12-31")!)
        func result(_ id: String, _ period: String) throws -> IndicatorResult {
            try #require(evaluator.evaluate(directive, period: Period(parsing: period)!).first { $0.target.id == id })
        }
        // H1: huyện A's own H1 report (6), huyện B's two quarters (1 + 4).
        #expect(try result("so-viec", "2024-H1").achieved == 11)
        #expect(try result("so-viec", "2024").achieved == 11)
        #expect(try result("so-viec", "2024-Q1").achieved == 3)
        // The share reads each district's latest: A's H1 (6 ≥ 3), B's Q2 (4 ≥ 3); in Q1 only A's 2 < 3 and B's 1 < 3.
        #expect(try result("co-hoan-thanh", "2024").meeting == 2)
        #expect(try result("co-hoan-thanh", "2024-Q1").meeting == 0)
        #expect(evaluator.latestSubmissions(of: directive, period: Period(parsing: "2024-H1")!).count == 5)
    }
}
