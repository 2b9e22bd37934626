import Baocao
import Foundation
import Testing

/// Issue 17: the figures a reporting officer reads, as DHIS2 defines them: the total, each unit
/// rolled up with everything below it, and a breakdown per report.
@Suite("Status figures: total, rollup, per report")
struct StatusFiguresTests {
    /// A scratch copy of Tây Ninh with its sample submissions stored.
    static func tayNinhWithSamples() throws -> (WorkspaceService, () -> Void) {
        let (folder, cleanup) = try WorkspaceServiceTests.scratch()
        let service = try WorkspaceService(folder: folder, log: { _ in })
        try WorkspaceServiceTests.ingestSamples(service)
        return (service, cleanup)
    }

    @Test("Tây Ninh, 2023, as of 02/11/2023: 270 expected, 199 received (73.7 %), 192 on time (71.1 %); the province rolls up to the total")
    func tayNinh() throws {
        let (service, cleanup) = try Self.tayNinhWithSamples()
        defer { cleanup() }
        let report = try service.status(period: Period(parsing: "2023")!, asOf: CalendarDate(parsing: "2023-11-02")!).value
        #expect(report.total.expected == 270 && report.total.received == 199 && report.total.onTime == 192)
        #expect(String(format: "%.1f", report.total.reportingRate! * 100) == "73.7")
        #expect(String(format: "%.1f", report.total.onTimeRate! * 100) == "71.1")
        let province = try #require(report.rollup.first { $0.group == "ldld-tinh" })
        #expect(province.expected == report.total.expected && province.received == report.total.received, "everything is below the federation")
        // A district's rollup is its own two reports and its grassroots unions'.
        let district = try #require(report.rollup.first { $0.group == "ldld-tp-tay-ninh" })
        let below = try #require(report.byParent.first { $0.group == "ldld-tp-tay-ninh" })
        let own = report.entries.filter { $0.report.unit == "ldld-tp-tay-ninh" }.count
        #expect(own == 2)
        #expect(district.expected == below.expected + own)
        #expect(report.byObligation.map(\.expected).reduce(0, +) == report.total.expected)
        #expect(report.byObligation.map(\.group) == ["439-kh-ldld/bao-cao-ket-qua", "439-kh-ldld/ho-so-cham-diem", "439-kh-ldld/tu-danh-gia-cdcs"])
    }

    @Test("--obligation keeps one report's figures; an unknown one names the nearest")
    func oneObligation() throws {
        let (service, cleanup) = try Self.tayNinhWithSamples()
        defer { cleanup() }
        let report = try service.status(period: Period(parsing: "2023")!, asOf: CalendarDate(parsing: "2023-11-02")!,
                                        obligation: "bao-cao-ket-qua").value
        #expect(report.total.expected == 14)
        #expect(report.entries.allSatisfy { $0.report.obligation == "bao-cao-ket-qua" })
        #expect {
            _ = try service.status(period: Period(parsing: "2023")!, asOf: CalendarDate(parsing: "2023-11-02")!, obligation: "bao-cao-ket-qa")
        } throws: { "\($0)".contains("did you mean 'bao-cao-ket-qua'") }
    }

    @Test("A period holds the shorter ones inside it: 2024-Q1 counts three monthly reports per unit, each month's figures summed; the year twelve")
    func containingPeriods() throws {
        let (folder, summary) = try NationalWorkspaceTests.generate()
        defer { try? FileManager.default.removeItem(at: folder) }
        let service = try WorkspaceService(folder: folder.path, log: { _ in })
        for file in summary.submissionFiles { _ = try service.ingest(file: folder.appendingPathComponent(file).path) }
        let asOf = CalendarDate(parsing: "2024-12-31")!
        let units = 4 + 4 * 5 + 400
        let months = try (1...3).map { month in try service.status(period: Period(parsing: "2024-0\(month)")!, asOf: asOf).value }
        let quarter = try service.status(period: Period(parsing: "2024-Q1")!, asOf: asOf).value
        #expect(quarter.entries.count == 3 * units)
        #expect(Dictionary(grouping: quarter.entries, by: \.report.unit).values.allSatisfy { $0.count == 3 })
        #expect(quarter.total.expected == months.map(\.total.expected).reduce(0, +))
        #expect(quarter.total.received == months.map(\.total.received).reduce(0, +))
        #expect(quarter.total.onTime == months.map(\.total.onTime).reduce(0, +))
        #expect(quarter.total.received > 0)
        let year = try service.status(period: Period(parsing: "2024")!, asOf: asOf).value
        #expect(year.total.expected == 12 * units)
        // One province's quarter is the nation's quarter for its units.
        let province = NationalWorkspaceGenerator.provinceID("Huế")
        let one = try service.status(period: Period(parsing: "2024-Q1")!, asOf: asOf, under: province).value
        let rollup = try #require(quarter.rollup.first { $0.group == province })
        #expect(one.total.expected == rollup.expected && one.total.onTime == rollup.onTime)
    }
}
