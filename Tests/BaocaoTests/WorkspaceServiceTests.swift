import Baocao
import Foundation
import Testing

/// The library's front door as an embedder uses it: open a workspace, store what units send, ask
/// the questions, from many tasks at once.
@Suite("WorkspaceService")
struct WorkspaceServiceTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// A scratch copy of Tây Ninh's example with the plugins beside it and an empty store.
    static func scratch() throws -> (workspace: String, cleanup: () -> Void) {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-service-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch.appendingPathComponent("examples"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: root.appendingPathComponent("plugins"), to: scratch.appendingPathComponent("plugins"))
        let workspace = scratch.appendingPathComponent("examples/tay-ninh")
        try FileManager.default.copyItem(at: root.appendingPathComponent("examples/tay-ninh"), to: workspace)
        try? FileManager.default.removeItem(at: workspace.appendingPathComponent(".baocao"))
        return (workspace.path, { try? FileManager.default.removeItem(at: scratch) })
    }

    static func ingestSamples(_ service: WorkspaceService) throws {
        let folder = URL(fileURLWithPath: service.folder).appendingPathComponent("submissions")
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where file.hasSuffix(".csv") {
            _ = try service.ingest(file: folder.appendingPathComponent(file).path)
        }
    }

    @Test("Open, ingest, and ask: schedule, status, indicators, score, report")
    func questions() throws {
        let (folder, cleanup) = try Self.scratch()
        defer { cleanup() }
        let service = try WorkspaceService(folder: folder, log: { _ in })
        try Self.ingestSamples(service)
        let asOf = CalendarDate(parsing: "2023-11-02")!
        let year = Period(parsing: "2023")!
        let due = try service.schedule(from: CalendarDate(parsing: "2023-11-01")!, to: CalendarDate(parsing: "2023-11-01")!)
        #expect(due.value.reports.contains { $0.unit == "ldld-tinh" && $0.routes.first?.text == "UBND tỉnh (qua Sở Nội vụ)" })
        let status = try service.status(period: year, asOf: asOf)
        #expect(status.value.entries.count > 200)
        let directive = try service.directive("439/KH-LĐLĐ")
        #expect(try service.indicators(directive: directive, period: year, asOf: asOf).value.count == 7)
        #expect(try service.score(unit: "ldld-go-dau", directive: directive, period: year, asOf: asOf).value?.maximum == 100)
        let report = try service.report(directive: directive, period: year, asOf: asOf)
        #expect(report.value.document.layout == .state)
        #expect(report.problems.isEmpty, "\(report.problems)")
        #expect(throws: WorkspaceServiceError.self) { try service.directive("99/KH") }
        #expect(throws: WorkspaceServiceError.self) { try service.score(unit: "nowhere", directive: directive, period: year, asOf: asOf) }
    }

    @Test("A plugin's views of the submissions, kept from one score call to the next, are never those of another day's submissions")
    func scoresOfDifferentDays() throws {
        let (folder, cleanup) = try Self.scratch()
        defer { cleanup() }
        let service = try WorkspaceService(folder: folder, log: { _ in })
        try Self.ingestSamples(service)
        let directive = try service.directive("439/KH-LĐLĐ")
        let year = Period(parsing: "2023")!
        func total(_ day: String, _ service: WorkspaceService) throws -> Double? {
            try service.score(unit: "ldld-go-dau", directive: directive, period: year, asOf: CalendarDate(parsing: day)!).value?.total
        }
        // The same chain, days in turn; each answer as a fresh service gives it.
        let days = ["2023-10-01", "2023-11-10", "2023-10-01", "2023-11-02"]
        let answers = try days.map { try total($0, service) }
        #expect(answers[0] != answers[1], "nothing received on 01/10, Gò Dầu's report by 10/11")
        #expect(answers[0] == answers[2])
        for (day, answer) in zip(days, answers) {
            let fresh = try WorkspaceService(folder: folder, log: { _ in })
            #expect(try total(day, fresh) == answer, "\(day)")
        }
    }

    @Test("Calls from many tasks at once give the answers one task gives")
    func concurrentCalls() async throws {
        let (folder, cleanup) = try Self.scratch()
        defer { cleanup() }
        let service = try WorkspaceService(folder: folder, log: { _ in })
        try Self.ingestSamples(service)
        let asOf = CalendarDate(parsing: "2023-11-02")!
        let year = Period(parsing: "2023")!
        let directive = try service.directive()
        let expectedStatus = try service.status(period: year, asOf: asOf).value.entries.map(\.state)
        let expectedText = try service.report(directive: directive, period: year, asOf: asOf).value.document.plainText
        try await withThrowingTaskGroup(of: (states: [ReportState], text: String).self) { group in
            for _ in 0..<12 {
                group.addTask {
                    let states = try service.status(period: year, asOf: asOf).value.entries.map(\.state)
                    let text = try service.report(directive: directive, period: year, asOf: asOf).value.document.plainText
                    return (states, text)
                }
            }
            for try await answer in group {
                #expect(answer.states == expectedStatus)
                #expect(answer.text == expectedText)
            }
        }
    }

    @Test("A file handed in for one unit may hold only that unit's rows; the store is unchanged otherwise")
    func onlyOneUnit() throws {
        let (folder, cleanup) = try Self.scratch()
        defer { cleanup() }
        let service = try WorkspaceService(folder: folder, log: { _ in })
        let csv = """
            directive,obligation,unit,period,received,can_bo_tong,can_bo_hoc_tap,co_ke_hoach,narrative
            439/KH-LĐLĐ,bao-cao-ket-qua,ldld-go-dau,2023,2023-10-29 14:45,40,40,có,
            439/KH-LĐLĐ,bao-cao-ket-qua,ldld-ben-cau,2023,2023-10-29 15:00,30,30,có,
            """
        let error = #expect(throws: SubmissionFileError.self) { try service.ingest(Data(csv.utf8), name: "go-dau.csv", only: "ldld-go-dau") }
        // The message points at the other unit's cell.
        #expect(error?.diagnostics.map(\.location.description) == ["go-dau.csv:3:29"])
        #expect(try service.submissions().isEmpty)
        let own = csv.split(separator: "\n").prefix(2).joined(separator: "\n")
        let stored = try service.ingest(Data(own.utf8), name: "go-dau.csv", only: "ldld-go-dau")
        #expect(stored.value.outcome == .added(1))
    }
}
