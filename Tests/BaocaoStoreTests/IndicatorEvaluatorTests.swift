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
}
