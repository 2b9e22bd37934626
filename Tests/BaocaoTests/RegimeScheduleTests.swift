import Baocao
import Foundation
import Testing

/// Issue 16: a provincial regime under NĐ 09/2019 that none of the seeds covers (monthly reports
/// from communes and districts to their direct superior, a consolidating provincial report, a
/// yearly estimate with a fixed deadline), scheduled through the service with the national plugin.
@Suite("Deadlines a new province can trust")
struct RegimeScheduleTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let fixture = root.appendingPathComponent("Tests/Fixtures/regimes/receiver-deadline")

    static func date(_ text: String) -> CalendarDate { CalendarDate(parsing: text)! }

    /// A scratch copy of the fixture with its plugin path made absolute and `edits` applied:
    /// (file, text, replacement), each text required to be there.
    static func copy(_ edits: [(String, String, String)] = [], plugins: [String: (yaml: String, lua: String)] = [:]) throws -> (String, () -> Void) {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("regime-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let folder = scratch.appendingPathComponent("workspace")
        try FileManager.default.copyItem(at: fixture, to: folder)
        var all = edits
        let extra = plugins.isEmpty ? "" : ", ../plugins"
        all.append(("workspace.yaml", "pluginPaths: [../../../../plugins]", "pluginPaths: [\(root.appendingPathComponent("plugins").path)\(extra)]"))
        for (file, text, replacement) in all {
            let url = folder.appendingPathComponent(file)
            let content = try String(contentsOf: url, encoding: .utf8)
            #expect(content.contains(text), "\(file) has no '\(text)'")
            try content.replacingOccurrences(of: text, with: replacement).write(to: url, atomically: true, encoding: .utf8)
        }
        for (name, files) in plugins {
            let plugin = scratch.appendingPathComponent("plugins/\(name)")
            try FileManager.default.createDirectory(at: plugin, withIntermediateDirectories: true)
            try files.yaml.write(to: plugin.appendingPathComponent("plugin.yaml"), atomically: true, encoding: .utf8)
            try files.lua.write(to: plugin.appendingPathComponent("plugin.lua"), atomically: true, encoding: .utf8)
        }
        return (folder.path, { try? FileManager.default.removeItem(at: scratch) })
    }

    static func deadlines(_ schedule: Schedule) -> [String: CalendarDate] {
        var result: [String: CalendarDate] = [:]
        for report in schedule.reports {
            result["\(report.unit) \(report.obligation) \(report.period.period)"] = report.deadline
        }
        return result
    }

    @Test("The reproduction: a commune's November report is held before its district's own monthly report (18/11), not the yearly estimate (11/11); December's is due in December")
    func receiverDeadlineOfTheSameChain() throws {
        let service = try WorkspaceService(folder: Self.fixture.path, log: { _ in })
        let answer = try service.schedule(from: Self.date("2024-11-01"), to: Self.date("2024-12-31"))
        #expect(answer.problems.isEmpty, "\(answer.problems)")
        let due = Self.deadlines(answer.value)
        #expect(due["tinh tong-hop-thang 2024-11"] == Self.date("2024-11-20"), "the 20th (Điều 12)")
        #expect(due["huyen-a thang 2024-11"] == Self.date("2024-11-19"), "one working day before the province's report that consolidates it")
        #expect(due["xa-a1 thang 2024-11"] == Self.date("2024-11-18"))
        #expect(due["huyen-a uoc-nam 2024"] == Self.date("2024-11-11"))
        #expect(due["xa-a1 thang 2024-12"] == Self.date("2024-12-18"))
        for report in answer.value.reports {
            #expect(report.deadline! >= report.period.cutoffFrom, "\(report.unit) \(report.period.period) is due before its data window opens")
        }
    }

    @Test("No report is owed before the directive is in force: January 2024 (deadlines 17–19/01) for a decision of 25/01/2024; effectiveFrom and effectiveUntil bound the rest")
    func effectivePeriod() throws {
        let service = try WorkspaceService(folder: Self.fixture.path, log: { _ in })
        let early = try service.schedule(from: Self.date("2024-01-01"), to: Self.date("2024-02-29")).value
        #expect(!early.reports.contains { $0.period.period.description == "2024-01" })
        #expect(early.reports.contains { $0.period.period.description == "2024-02" })

        let (folder, cleanup) = try Self.copy([("directives/qd-bao-cao.yaml", "date: 2024-01-25\n",
                                                "date: 2024-01-25\neffectiveFrom: 2024-03-01\neffectiveUntil: 2024-06-30\n")])
        defer { cleanup() }
        let bounded = try WorkspaceService(folder: folder, log: { _ in }).schedule(from: Self.date("2024-01-01"), to: Self.date("2024-12-31")).value
        let periods = Set(bounded.reports.filter { $0.obligation == "thang" }.map(\.period.period.description))
        #expect(periods == ["2024-03", "2024-04", "2024-05", "2024-06"], "\(periods.sorted())")
    }

    @Test("A `through` department missing under one receiver is a problem naming the unit, the route and the line, not a silent (no receiver)")
    func unresolvedRoute() throws {
        let (folder, cleanup) = try Self.copy([
            ("units.yaml", "kind: district-committee, parent: tinh }\n  - { id: huyen-b",
             "kind: district-committee, parent: tinh, departments: [{ id: phong-tckh, name: Phòng Tài chính - Kế hoạch }] }\n  - { id: huyen-b"),
            ("directives/qd-bao-cao.yaml", "    periods: [month]\n    to: direct-superior\n",
             "    periods: [month]\n    to: direct-superior\n    through: phong-tckh\n"),
        ])
        defer { cleanup() }
        let service = try WorkspaceService(folder: folder, log: { _ in })
        let answer = try service.schedule(from: Self.date("2024-11-01"), to: Self.date("2024-11-30"))
        let messages = answer.problems.map(\.description)
        #expect(messages.contains { $0.contains("xa-b1") && $0.contains("'phong-tckh' is neither a department of 'huyen-b'") && $0.contains("qd-bao-cao.yaml:12") },
                "\(messages)")
        #expect(answer.value.problems == answer.problems, "the one channel: the schedule's own problems are the answer's")
        let trial = try service.trialSchedule()
        #expect(!trial.problems.isEmpty, "check meets it too")
    }

    /// The July-2025 reform in small: the district level ends on 01/07/2025 and its units merge into
    /// the province; communes A1 and A2 merge into a new commune A.
    static let merger: [(String, String, String)] = [
        ("units.yaml", "kind: district-committee, parent: tinh }\n  - { id: huyen-b",
         "kind: district-committee, parent: tinh, validUntil: 2025-07-01, mergedInto: tinh }\n  - { id: huyen-b"),
        ("units.yaml", "kind: district-committee, parent: tinh }\n  - { id: xa-a1",
         "kind: district-committee, parent: tinh, validUntil: 2025-07-01, mergedInto: tinh }\n  - { id: xa-a1"),
        ("units.yaml", "kind: commune-committee, parent: huyen-a }\n  - { id: xa-a2",
         "kind: commune-committee, parent: huyen-a, validUntil: 2025-07-01, mergedInto: xa-a }\n  - { id: xa-a2"),
        ("units.yaml", "kind: commune-committee, parent: huyen-a }\n  - { id: xa-b1",
         "kind: commune-committee, parent: huyen-a, validUntil: 2025-07-01, mergedInto: xa-a }\n  - { id: xa-b1"),
        ("units.yaml", "parent: huyen-b }\n",
         "parent: huyen-b }\n  - { id: xa-a, name: Ủy ban nhân dân xã A, shortName: UBND xã A, level: commune, kind: commune-committee, parent: tinh, validFrom: 2025-07-01 }\n"),
    ]

    @Test("Units over time, one rule: a unit owes a report when it exists on its deadline, its successor owes it after, and it goes to the receiver that exists then")
    func mergerOfJuly2025() throws {
        let (folder, cleanup) = try Self.copy(Self.merger)
        defer { cleanup() }
        let service = try WorkspaceService(folder: folder, log: { _ in })
        let answer = try service.schedule(from: Self.date("2025-06-01"), to: Self.date("2025-07-31"))
        #expect(answer.problems.isEmpty, "\(answer.problems)")
        let reports = answer.value.reports
        func owed(_ unit: String, _ period: String) -> DueReport? {
            reports.first { $0.unit == unit && $0.period.period.description == period && $0.obligation == "thang" }
        }
        #expect(owed("xa-a1", "2025-06")?.routes.first?.to == "huyen-a", "June's report is due before the merger, to the district")
        #expect(owed("huyen-a", "2025-06") != nil)
        #expect(owed("xa-a1", "2025-07") == nil, "gone by July's deadline")
        #expect(owed("huyen-a", "2025-07") == nil)
        #expect(owed("xa-a", "2025-07")?.routes.first?.to == "tinh", "the new commune reports to the province")
        #expect(owed("xa-b1", "2025-07")?.routes.first?.to == "tinh", "huyện B's commune goes to the unit huyện B merged into")
        #expect(owed("xa-a", "2025-06") == nil, "it did not exist on June's deadline")
    }

    @Test("A unit created on 15/11 owes nothing due on 11/11; one dissolved on 01/12 owes what was due before; its units' December reports go to its successor")
    func unitsThatStartAndEnd() throws {
        let (folder, cleanup) = try Self.copy([
            ("units.yaml", "kind: district-committee, parent: tinh }\n  - { id: xa-a1",
             "kind: district-committee, parent: tinh, validUntil: 2024-12-01, mergedInto: huyen-a }\n  - { id: huyen-c, name: Ủy ban nhân dân huyện C, level: district, kind: district-committee, parent: tinh, validFrom: 2024-11-15 }\n  - { id: xa-a1"),
        ])
        defer { cleanup() }
        let service = try WorkspaceService(folder: folder, log: { _ in })
        let due = Self.deadlines(try service.schedule(from: Self.date("2024-11-01"), to: Self.date("2024-12-31")).value)
        #expect(due["huyen-c uoc-nam 2024"] == nil, "created after its deadline")
        #expect(due["huyen-c thang 2024-11"] == Self.date("2024-11-19"))
        #expect(due["huyen-b uoc-nam 2024"] == Self.date("2024-11-11"), "dissolved after it was due")
        #expect(due["huyen-b thang 2024-11"] == Self.date("2024-11-19"))
        #expect(due["huyen-b thang 2024-12"] == nil)
        let december = try service.schedule(from: Self.date("2024-12-01"), to: Self.date("2024-12-31"), unit: "xa-b1").value
        #expect(december.reports.first?.routes.first?.to == "huyen-a")
    }

    @Test("A unit that ends without mergedInto: check warns, and its units' later reports are a route problem")
    func endedWithoutSuccessor() throws {
        let (folder, cleanup) = try Self.copy([
            ("units.yaml", "kind: district-committee, parent: tinh }\n  - { id: xa-a1",
             "kind: district-committee, parent: tinh, validUntil: 2024-12-01 }\n  - { id: xa-a1"),
        ])
        defer { cleanup() }
        let service = try WorkspaceService(folder: folder, log: { _ in })
        let warnings = EndedUnitWarning.find(in: service.workspace)
        #expect(warnings.map(\.unit) == ["huyen-b"])
        #expect(warnings.first?.children == ["xa-b1"])
        let answer = try service.schedule(from: Self.date("2024-12-01"), to: Self.date("2024-12-31"), unit: "xa-b1")
        #expect(answer.value.reports.first?.routes.isEmpty == true)
        #expect(answer.problems.contains { $0.description.contains("xa-b1") && $0.description.contains("no direct superior") }, "\(answer.problems)")
    }

    @Test("`pure: [deadline]` declared on a hook whose answer depends on the unit: the trial schedule of check says so")
    func impureHookDeclaredPure() throws {
        let lua = """
            return { deadline = function(due)
              if due.unit.id == "xa-a2" then return baocao.date.add_days(due.deadline, -2) end
            end }
            """
        let yaml = "name: sai\nversion: 0.0.1\napi: 1\nhooks: [deadline]\npure: [deadline]\nafter: [national]\n"
        let (folder, cleanup) = try Self.copy([("workspace.yaml", "plugins: [national]", "plugins: [national, sai]")],
                                              plugins: ["sai": (yaml, lua)])
        defer { cleanup() }
        let service = try WorkspaceService(folder: folder, log: { _ in })
        let trial = try service.trialSchedule()
        let impure = trial.problems.filter { $0.plugin == "sai" && $0.message.contains("declared pure") }
        #expect(impure.count == 1, "\(trial.problems)")
        #expect(impure.first?.message.contains("plugin.lua:1") == true)
        #expect(try service.schedule(from: Self.date("2024-11-01"), to: Self.date("2024-11-30")).problems.isEmpty,
                "a schedule does not check purity: it trusts the declaration")
    }

    @Test("Unknown --unit and --level: the error names the nearest id")
    func didYouMean() throws {
        let service = try WorkspaceService(folder: Self.fixture.path, log: { _ in })
        #expect {
            _ = try service.schedule(from: Self.date("2024-11-01"), to: Self.date("2024-11-30"), unit: "xa-a3")
        } throws: { "\($0)".contains("did you mean 'xa-a") }
        #expect {
            _ = try service.status(period: Period(parsing: "2024-11")!, asOf: Self.date("2024-12-01"), level: "comune")
        } throws: { "\($0)".contains("did you mean 'commune'") }
    }
}

/// Issue 16: `ingest` stores only what the schedule owes, and says why a row is not owed.
@Suite("Submissions against obligations")
struct OwedSubmissionTests {
    static func ingest(_ csv: String, into folder: String) throws -> Result<RuleAnswer<WorkspaceService.Ingest>, any Error> {
        let service = try WorkspaceService(folder: folder, log: { _ in })
        let file = URL(fileURLWithPath: folder).appendingPathComponent("nop.csv")
        try csv.write(to: file, atomically: true, encoding: .utf8)
        return Result { try service.ingest(file: file.path) }
    }

    static func messages(_ result: Result<RuleAnswer<WorkspaceService.Ingest>, any Error>) -> [String] {
        guard case .failure(let error) = result, let refused = error as? SubmissionFileError else { return [] }
        return refused.diagnostics.map(\.description)
    }

    @Test("A quarter replaced by the six-month report, and a month before the directive is in force, are refused with the reason; nothing is stored")
    func unowedPeriods() throws {
        let (folder, cleanup) = try RegimeScheduleTests.copy()
        defer { cleanup() }
        let csv = """
            obligation,unit,period,received,so_viec
            quy,huyen-a,2024-Q1,2024-03-18,4
            quy,huyen-a,2024-Q2,2024-06-18,5
            thang,xa-a1,2024-01,2024-01-17,
            """
        let messages = Self.messages(try Self.ingest(csv, into: folder))
        #expect(messages.count == 2, "\(messages)")
        #expect(messages.contains { $0.contains("nop.csv:3:") && $0.contains("2024-Q2 is covered by the 6 tháng report 2024-H1") }, "\(messages)")
        #expect(messages.contains { $0.contains("nop.csv:4:") && $0.contains("in force from 2024-01-25") }, "\(messages)")
        let service = try WorkspaceService(folder: folder, log: { _ in })
        #expect(try service.submissions().isEmpty, "the file was refused whole")
    }

    @Test("A unit dissolved on 01/12 that reported on 24/10 is stored; its December report is refused, naming who owes it")
    func dissolvedUnit() throws {
        let (folder, cleanup) = try RegimeScheduleTests.copy([
            ("units.yaml", "kind: district-committee, parent: tinh }\n  - { id: xa-a1",
             "kind: district-committee, parent: tinh, validUntil: 2024-12-01, mergedInto: huyen-a }\n  - { id: xa-a1"),
        ])
        defer { cleanup() }
        let stored = try Self.ingest("obligation,unit,period,received\nuoc-nam,huyen-b,2024,2024-10-24\n", into: folder)
        #expect(throws: Never.self) { try stored.get() }
        let refused = Self.messages(try Self.ingest("obligation,unit,period,received\nthang,huyen-b,2024-12,2024-12-10\n", into: folder))
        #expect(refused.first?.contains("it ended on 2024-12-01; 'huyen-a' owes it") == true, "\(refused)")
    }

    @Test("An official's ingest may carry the incoming register's times, but not a time after the moment of ingest")
    func noFutureArrival() throws {
        let (folder, cleanup) = try RegimeScheduleTests.copy()
        defer { cleanup() }
        let future = Self.messages(try Self.ingest("obligation,unit,period,received,so_viec\nquy,huyen-a,2024-Q1,2099-03-18,4\n", into: folder))
        #expect(future.first?.contains("nop.csv:2:") == true && future.first?.contains("after the moment of ingest") == true, "\(future)")
        _ = try Self.ingest("obligation,unit,period,received,so_viec\nquy,huyen-a,2024-Q1,2024-03-18,4\n", into: folder).get()
        let service = try WorkspaceService(folder: folder, log: { _ in })
        #expect(try service.submissions().first?.declaredReceivedAt == nil)
        #expect(try service.sourceFiles().first?.method == "cli")
    }

    @Test("baocao retract: a stored file is kept, marked retracted with who and when, and no longer counted; the corrected file goes in after")
    func retract() throws {
        let (folder, cleanup) = try RegimeScheduleTests.copy()
        defer { cleanup() }
        let wrong = "obligation,unit,period,received,so_viec\nquy,huyen-a,2024-Q1,2024-03-18,4\n"
        _ = try Self.ingest(wrong, into: folder).get()
        let service = try WorkspaceService(folder: folder, log: { _ in })
        let status = { () throws -> Int in
            try service.status(period: Period(parsing: "2024-Q1")!, asOf: RegimeScheduleTests.date("2024-04-30")).value.entries
                .filter { $0.report.unit == "huyen-a" && $0.report.obligation == "quy" && $0.state != .missing }.count
        }
        #expect(try status() == 1)
        let path = URL(fileURLWithPath: folder).appendingPathComponent("nop.csv").path
        let retracted = try service.retract(file: path, by: "Nguyễn Văn B", reason: "nhầm số liệu")
        #expect(retracted.retractedBy == "Nguyễn Văn B" && retracted.retractedAt != nil && retracted.retractionReason == "nhầm số liệu")
        #expect(try status() == 0, "a retracted file is not counted")
        #expect(try service.submissions().isEmpty)
        #expect(try service.sourceFiles().count == 1, "kept in the store")
        #expect(throws: WorkspaceServiceError.self) { try service.retract(file: path, by: "x") }
        _ = try Self.ingest(wrong.replacingOccurrences(of: ",4\n", with: ",6\n"), into: folder).get()
        #expect(try status() == 1, "the corrected file counts")
    }
}

/// Issue 16: what a regime states in numbers, written in the workspace, not in Lua.
@Suite("Declarative deadline rules")
struct DeadlineRuleTests {
    static func schedule(_ edits: [(String, String, String)], from: String = "2024-11-01", to: String = "2024-12-31") throws -> (RuleAnswer<Schedule>, [String: CalendarDate]) {
        let (folder, cleanup) = try RegimeScheduleTests.copy(edits)
        defer { cleanup() }
        let service = try WorkspaceService(folder: folder, log: { _ in })
        let answer = try service.schedule(from: RegimeScheduleTests.date(from), to: RegimeScheduleTests.date(to))
        return (answer, RegimeScheduleTests.deadlines(answer.value))
    }

    static let monthly = "    periods: [month]\n    to: direct-superior\n"

    @Test("'Chậm nhất ngày 15 của tháng cuối kỳ; cấp xã ngày 10': a Sunday moves to Monday (BLDS Điều 148); the district's day bounds nothing earlier")
    func dayOfLastMonthPerLevel() throws {
        let (answer, due) = try Self.schedule([("directives/qd-bao-cao.yaml", Self.monthly,
                                                Self.monthly + "    deadline: { day: 15, month: last, levels: { commune: 10 } }\n")])
        #expect(answer.problems.isEmpty, "\(answer.problems)")
        #expect(due["huyen-a thang 2024-11"] == RegimeScheduleTests.date("2024-11-15"))
        #expect(due["xa-a1 thang 2024-11"] == RegimeScheduleTests.date("2024-11-11"), "10/11/2024 is a Sunday")
        #expect(due["xa-a1 thang 2024-12"] == RegimeScheduleTests.date("2024-12-10"))
        #expect(answer.value.reports.first { $0.unit == "xa-a1" }?.decidedBy["deadline"] == "directive")
    }

    @Test("'Ngày 05 của tháng sau kỳ báo cáo', and at least 2 working days before the receiver")
    func monthAfterAndBeforeReceiver() throws {
        let (answer, due) = try Self.schedule([
            ("directives/qd-bao-cao.yaml", Self.monthly, Self.monthly + "    deadline: { day: 5, month: next, beforeReceiver: 2 }\n"),
            ("directives/qd-bao-cao.yaml", "    to: vpcp\n    consolidates: [thang]\n",
             "    to: vpcp\n    consolidates: [thang]\n    deadline: { day: 8, month: next }\n"),
        ], to: "2025-01-31")
        #expect(due["tinh tong-hop-thang 2024-11"] == RegimeScheduleTests.date("2024-12-09"), "08/12/2024 is a Sunday")
        #expect(due["huyen-a thang 2024-11"] == RegimeScheduleTests.date("2024-12-05"))
        #expect(due["xa-a1 thang 2024-11"] == RegimeScheduleTests.date("2024-12-03"), "two working days before 05/12")
        #expect(due["huyen-a thang 2024-12"] == RegimeScheduleTests.date("2025-01-06"), "05/01/2025 is a Sunday")
        #expect(due["xa-a1 thang 2024-12"] == RegimeScheduleTests.date("2025-01-02"), "two working days before, over New Year's Day")
        #expect(answer.problems.isEmpty, "\(answer.problems)")
    }

    @Test("'Trước ngày 10/11 hằng năm' for the yearly report; the province's consolidation 3 working days after its contributors")
    func fixedDayEveryYearAndConsolidation() throws {
        let (answer, due) = try Self.schedule([
            ("directives/qd-bao-cao.yaml", Self.monthly, Self.monthly + "    deadline: { day: 15 }\n"),
            ("directives/qd-bao-cao.yaml", "    to: vpcp\n    consolidates: [thang]\n",
             "    to: vpcp\n    consolidates: [thang]\n    deadline: { afterConsolidated: 3 }\n"),
            ("directives/qd-bao-cao.yaml", "    periods: [year]\n    deadline: 2024-11-11\n",
             "    periods: [year]\n    deadline: { kinds: { year: { day: 10, month: 11 } } }\n"),
        ], from: "2024-11-01", to: "2025-11-30")
        #expect(answer.problems.isEmpty, "\(answer.problems)")
        #expect(due["tinh tong-hop-thang 2024-11"] == RegimeScheduleTests.date("2024-11-20"), "15/11 (Friday) and three working days")
        #expect(due["huyen-a thang 2024-11"] == RegimeScheduleTests.date("2024-11-15"))
        #expect(due["huyen-a uoc-nam 2024"] == RegimeScheduleTests.date("2024-11-11"), "10/11/2024 is a Sunday")
        #expect(due["huyen-a uoc-nam 2025"] == RegimeScheduleTests.date("2025-11-10"))
    }

    @Test("One report to two receivers, each with its own `through`")
    func receiversWithTheirOwnChannel() throws {
        let (answer, _) = try Self.schedule([
            ("units.yaml", "shortName: UBND tỉnh, level: province, kind: province-committee }",
             "shortName: UBND tỉnh, level: province, kind: province-committee, departments: [{ id: so-kh-dt, name: Sở Kế hoạch và Đầu tư }] }"),
            ("directives/qd-bao-cao.yaml", "    deadline: 2024-11-11\n    to: tinh\n",
             "    deadline: 2024-11-11\n    to: [{ to: tinh, through: so-kh-dt }, { to: vpcp }]\n"),
        ])
        let routes = try #require(answer.value.reports.first { $0.unit == "huyen-a" && $0.obligation == "uoc-nam" }?.routes)
        #expect(routes.map(\.to) == ["tinh", "vpcp"])
        #expect(routes.map { $0.through?.id } == ["so-kh-dt", nil])
    }

    @Test("A rule with a bad day, an unknown level, or afterConsolidated without consolidates is located in the file")
    func badRules() throws {
        for (rule, words) in [("{ day: 32 }", "from 1 to 31"), ("{ day: 15, levels: { xa: 10 } }", "xa"),
                              ("{ afterConsolidated: 2 }", "needs 'consolidates'"), ("{ day: 5, month: sau }", "'month' is 'last'")] {
            let (folder, cleanup) = try RegimeScheduleTests.copy([("directives/qd-bao-cao.yaml", Self.monthly, Self.monthly + "    deadline: \(rule)\n")])
            defer { cleanup() }
            #expect {
                _ = try WorkspaceService(folder: folder, log: { _ in })
            } throws: { error in
                "\(error)".contains("qd-bao-cao.yaml:1") && "\(error)".contains(words)
            }
        }
    }
}
