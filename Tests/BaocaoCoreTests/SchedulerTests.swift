import Foundation
import Testing
@testable import BaocaoCore

/// The schedule from the directive's text alone (no plugin): periods, reporters on the date,
/// routes resolved from the hierarchy, fixed deadlines; and the rules' hand-over points.
@Suite("Scheduler without plugins")
struct SchedulerTests {
    static func date(_ text: String) -> CalendarDate { CalendarDate(parsing: text)! }

    @Test("Tây Ninh's fixed deadline: one report per unit, for the year holding it, to UBND tỉnh through Sở Nội vụ")
    func fixedDeadline() throws {
        let workspace = try WorkspaceLoader(path: Paths.example("tay-ninh")).load()
        let schedule = Scheduler(workspace: workspace, rules: CoreScheduleRules())
            .schedule(from: Self.date("2023-01-01"), to: Self.date("2023-12-31"))
        let annual = schedule.reports.filter { $0.obligation == "bao-cao-ket-qua" }
        #expect(annual.count == 14)
        #expect(annual.allSatisfy { $0.period.period.description == "2023" && $0.deadline == Self.date("2023-11-01") })
        #expect(annual.allSatisfy { $0.routes == [ResolvedRoute(to: "ubnd-tinh", toName: "UBND tỉnh",
                                                               through: Channel(id: "so-noi-vu", name: "Sở Nội vụ", kind: .organisation))] })
        #expect(annual.allSatisfy { $0.period.cutoffTo == Self.date("2023-10-31") }, "data up to the day before it is sent")
        #expect(annual.first?.unit == "ldld-tinh", "the top level comes first on the same day")
    }

    @Test("Direct superior: resolved on the reference date, following merges (Cao Bằng, February 2020)")
    func directSuperiorFollowsMerges() throws {
        let workspace = try WorkspaceLoader(path: Paths.example("ninh-binh")).load()
        let tree = workspace.organisation
        let union = try #require(tree.children(of: "ldld-tp-ninh-binh", at: Self.date("2024-06-30")).first)
        let scheduler = Scheduler(workspace: workspace, rules: CoreScheduleRules())
        let h1 = scheduler.schedule(from: Self.date("2024-01-01"), to: Self.date("2024-12-31"), unit: union.id)
        #expect(h1.reports.map(\.period.period.description) == ["2024-H1", "2024", "2024-H2"], "the core alone keeps every period")
        #expect(h1.reports.allSatisfy { $0.routes.first?.to == "ldld-tp-ninh-binh" })
        let later = scheduler.schedule(from: Self.date("2025-01-01"), to: Self.date("2025-12-31"), unit: union.id)
        let routes = Dictionary(uniqueKeysWithValues: later.reports.map { ($0.period.period.description, $0.routes.first?.to) })
        #expect(routes["2025-H1"] == "ldld-tp-hoa-lu", "TP Ninh Bình merged into TP Hoa Lư on 2025-01-01")
        #expect(routes["2025"] == "ldld-tinh", "the district level ended on 2025-07-01: the union reports to the province")
        #expect(scheduler.schedule(from: Self.date("2025-01-01"), to: Self.date("2025-12-31"), unit: "ldld-tp-ninh-binh").reports.isEmpty)
    }

    @Test("Without a deadline from any rule, a report is placed on its period's last day and says so")
    func noDeadline() throws {
        let workspace = try WorkspaceLoader(path: Paths.example("ninh-binh")).load()
        let schedule = Scheduler(workspace: workspace, rules: CoreScheduleRules())
            .schedule(from: Self.date("2023-06-30"), to: Self.date("2023-06-30"), unit: "ldld-gia-vien")
        #expect(schedule.reports.map(\.period.period.description) == ["2023-H1"])
        #expect(schedule.reports.first?.deadline == nil)
        #expect(schedule.reports.first?.decidedBy["deadline"] == "core")
    }

    @Test("Working days skip weekends and listed days off, and count worked weekend days")
    func workingCalendar() {
        var calendar = WorkingCalendar(days: [CalendarDay(date: Self.date("2023-09-01"), name: "Quốc khánh"),
                                              CalendarDay(date: Self.date("2023-09-04"), name: "Nghỉ bù")])
        #expect(calendar.adding(workingDays: 1, to: Self.date("2023-08-31")) == Self.date("2023-09-05"))
        #expect(calendar.adding(workingDays: -1, to: Self.date("2023-09-05")) == Self.date("2023-08-31"))
        calendar.add([CalendarDay(date: Self.date("2023-09-09"), name: "Làm bù", isWorkingDay: true)])
        #expect(calendar.isWorkingDay(Self.date("2023-09-09")))
        #expect(calendar.workingDay(onOrAfter: Self.date("2023-09-02")) == Self.date("2023-09-05"))
        #expect(calendar.workingDay(onOrBefore: Self.date("2023-09-04")) == Self.date("2023-08-31"))
    }

    @Test("iCalendar text is escaped and folded at 75 octets without splitting a character")
    func icalendar() {
        #expect(ICalendarWriter.escape("a;b,c\\d\ne") == "a\\;b\\,c\\\\d\\ne")
        let long = "SUMMARY:" + String(repeating: "Báo cáo kết quả thực hiện ", count: 8)
        let folded = ICalendarWriter.fold(long)
        let lines = folded.components(separatedBy: "\r\n")
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == long)
        #expect(ICalendarWriter.timestamp(Date(timeIntervalSince1970: 1_700_000_000)) == "20231114T221320Z")
    }
}

@Suite("Scheduler internals")
struct SchedulerInternalsTests {
    @Test("Sorting reports in place puts each where its order says, for any order", arguments: [0, 1, 2, 7, 100, 1000])
    func permuteInPlace(count: Int) {
        var generator = SystemRandomNumberGenerator()
        let items = (0..<count).map { "item \($0)" }
        let order = Array(0..<count).shuffled(using: &generator)
        var permuted = items
        Scheduler.permute(&permuted, into: order)
        #expect(permuted == order.map { items[$0] })
    }
}
