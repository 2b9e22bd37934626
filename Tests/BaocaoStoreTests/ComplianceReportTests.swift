import BaocaoCore
import Foundation
import Testing
@testable import BaocaoStore

/// Expected against received for Tây Ninh's 2023 report, from the fixture submissions, counted by
/// hand: the districts' reports are due 2023-11-01 and the grassroots self-assessments 2023-10-31
/// (with the national plugin's rules, as CoreScheduleRules plus the deadlines written here).
@Suite("Compliance: on time, late, missing, not yet due, and rates")
struct ComplianceReportTests {
    /// The directive's deadline for the districts, and the grassroots' one working day earlier.
    final class Rules: ScheduleRules {
        func workingCalendar(for year: Int) -> WorkingCalendar { WorkingCalendar() }
        func periods(of obligation: ReportingObligation, in directive: Directive, year: Int,
                     proposed: [ReportingPeriod]) -> RuleDecision<[ReportingPeriod]>? { nil }
        func route(_ due: DueReport, of obligation: ReportingObligation, in directive: Directive) -> RuleDecision<[ResolvedRoute]>? { nil }
        func deadline(_ due: DueReport, of obligation: ReportingObligation, in directive: Directive,
                      receiverDeadline: CalendarDate?) -> RuleDecision<CalendarDate?>? {
            guard due.deadline == nil, let receiverDeadline else { return nil }
            return RuleDecision(receiverDeadline.adding(days: -1), decidedBy: "test")
        }
        func takeProblems() -> [RuleProblem] { [] }
    }

    static func date(_ text: String) -> CalendarDate { CalendarDate(parsing: text)! }

    func report(asOf: String) throws -> ComplianceReport {
        let root = SubmissionStoreTests.root
        let workspace = try WorkspaceLoader(path: root.appendingPathComponent("examples/tay-ninh").path).load()
        let reader = SubmissionFileReader(workspace: workspace)
        var submissions: [Submission] = []
        for name in ["districts.csv", "districts-resubmitted.csv", "grassroots.json"] {
            let url = root.appendingPathComponent("Tests/Fixtures/submissions/\(name)")
            submissions += try reader.read(url: url, path: name).map(\.submission)
        }
        return ComplianceReport(workspace: workspace, rules: Rules(), submissions: submissions,
                                period: Period(parsing: "2023")!, asOf: Self.date(asOf))
    }

    @Test("As of 2023-11-10: two districts on time, Bến Cầu late 5 days, the rest missing")
    func afterTheDeadline() throws {
        let report = try report(asOf: "2023-11-10")
        let states = Dictionary(uniqueKeysWithValues: report.entries
            .filter { $0.report.obligation != "ho-so-cham-diem" }
            .map { ($0.report.unit, $0.state) })
        #expect(states["ldld-tp-tay-ninh"] == .onTime)
        #expect(states["ldld-go-dau"] == .onTime, "the first arrival (31/10) counts; the resubmission of 2/11 does not make it late")
        #expect(states["ldld-ben-cau"] == .late(days: 5))
        #expect(states["ldld-hoa-thanh"] == .missing)
        #expect(states["cdcs-tay-ninh-01"] == .onTime)
        #expect(states["cdcs-tay-ninh-02"] == .late(days: 3), "received 3/11 against 31/10")
        #expect(report.entries.first { $0.report.unit == "ldld-go-dau" && $0.report.obligation == "bao-cao-ket-qua" }?.submissions == 2)

        let district = try #require(report.byLevel.first { $0.group == "district" })
        #expect((district.expected, district.onTime, district.late, district.missing, district.notYetDue) == (26, 2, 1, 23, 0))
        #expect(district.reportingRate == 3.0 / 26.0)
        #expect(district.onTimeRate == 2.0 / 26.0)
        let grassroots = try #require(report.byLevel.first { $0.group == "grassroots" })
        #expect((grassroots.expected, grassroots.onTime, grassroots.late, grassroots.missing) == (242, 1, 1, 240))
        let underGoDau = try #require(report.byParent.first { $0.group == "ldld-go-dau" })
        #expect(underGoDau.expected > 0 && underGoDau.received == 0)
    }

    @Test("As of 2023-10-30 nothing is missing yet; what arrived later is not counted")
    func beforeTheDeadline() throws {
        let report = try report(asOf: "2023-10-30")
        #expect(report.entries.allSatisfy { $0.state != .missing })
        let states = report.entries.filter { $0.report.obligation == "bao-cao-ket-qua" }.map(\.state)
        #expect(states.filter { $0 == .onTime }.count == 1, "only TP Tây Ninh's report (27/10) had arrived")
        #expect(states.filter { $0 == .notYetDue }.count == states.count - 1)
    }

    @Test("Cao Bằng, 1 February 2020: 13 district federations owe January's report, 10 owe February's")
    func reorganisation() throws {
        let workspace = try WorkspaceLoader(path: SubmissionStoreTests.root.appendingPathComponent("examples/cao-bang").path).load()
        func districtFederations(_ period: String) -> Set<String> {
            let report = ComplianceReport(workspace: workspace, rules: CoreScheduleRules(), submissions: [],
                                          period: Period(parsing: period)!, asOf: Self.date("2020-12-31"))
            return Set(report.entries.map(\.report.unit).filter { workspace.organisation.unit($0)?.kind == "district-federation" })
        }
        let january = districtFederations("2020-01")
        let february = districtFederations("2020-02")
        #expect(january.count == 13)
        #expect(february.count == 10)
        #expect(january.contains("ldld-thong-nong") && !february.contains("ldld-thong-nong"), "merged into Hà Quảng")
        #expect(february.subtracting(january).count == 1, "Quảng Uyên and Phục Hòa became the new Quảng Hòa")
        let report = ComplianceReport(workspace: workspace, rules: CoreScheduleRules(), submissions: [],
                                      period: Period(parsing: "2020-01")!, asOf: Self.date("2020-12-31"))
        #expect(report.entries.allSatisfy { $0.state == .missing || $0.state == .notYetDue }, "nothing was received")
    }
}
