import Baocao
import Foundation
import Testing

/// ``WorkspaceService/dataValues(period:directive:)``, as an embedder exports: a file handed in
/// on the portal (its arrival the server's clock, to a fraction of a second) is exported with how
/// it came in and read back to the same arrival.
@Suite("WorkspaceService data values")
struct DataValueExportTests {
    @Test("A portal upload is exported as stored by the portal, with its arrival to the microsecond, and reads back the same")
    func portalUpload() throws {
        let (folder, cleanup) = try WorkspaceServiceTests.scratch()
        defer { cleanup() }
        let service = try WorkspaceService(folder: folder, log: { _ in })
        let csv = """
            obligation,unit,period,received,can_bo_tong,can_bo_hoc_tap,co_ke_hoach,narrative
            bao-cao-ket-qua,ldld-go-dau,2023,2023-10-20,85,80,có,"Báo cáo, gửi qua cổng"
            """
        // The last moment of the deadline's day but a fraction: on time by less than a millisecond.
        let arrival = Date(timeIntervalSince1970: ReceivedTime.endOfDay(CalendarDate(parsing: "2023-11-01")!).timeIntervalSince1970 - 0.000_5)
        _ = try service.ingest(Data(csv.utf8), name: "go-dau.csv", only: "ldld-go-dau", arrival: .serverClock(arrival))
        let values = try service.dataValues(period: Period(parsing: "2023")!)
        #expect(values.count == 3)
        #expect(values.allSatisfy { $0.storedBy == "portal" && $0.submission == values[0].submission })
        #expect(values.map(\.dataElement) == ["can_bo_tong", "can_bo_hoc_tap", "co_ke_hoach"], "in the obligation's order")
        #expect(values.map(\.value) == ["85", "80", "true"])
        #expect(values[0].narrative == "Báo cáo, gửi qua cổng")
        #expect(values[1].narrative == nil)
        #expect(values[0].created.hasPrefix("2023-11-01T23:59:59.998"), "\(values[0].created)")
        #expect(try service.dataValues(period: Period(parsing: "2024")!).isEmpty)

        let encoder = JSONEncoder()
        let (copy, cleanupCopy) = try WorkspaceServiceTests.scratch()
        defer { cleanupCopy() }
        let file = URL(fileURLWithPath: copy).appendingPathComponent("export.json")
        struct ValueSet: Encodable { var dataValues: [DataValue] }
        try encoder.encode(ValueSet(dataValues: values)).write(to: file)
        let again = try WorkspaceService(folder: copy, log: { _ in })
        _ = try again.ingest(file: file.path)
        let asOf = CalendarDate(parsing: "2023-11-10")!
        let year = Period(parsing: "2023")!
        let before = try service.status(period: year, asOf: asOf).value.entries.first { $0.report.unit == "ldld-go-dau" && $0.report.obligation == "bao-cao-ket-qua" }
        let after = try again.status(period: year, asOf: asOf).value.entries.first { $0.report.unit == "ldld-go-dau" && $0.report.obligation == "bao-cao-ket-qua" }
        #expect(before?.state == .onTime)
        #expect(after?.state == before?.state)
        #expect(after?.submissions == 1)
        let stored = try again.submissions()
        #expect(stored.count == 1)
        #expect(abs(stored[0].receivedAt.timeIntervalSince1970 - arrival.timeIntervalSince1970) < 2e-6)
        #expect(stored[0].narrative == "Báo cáo, gửi qua cổng")
        #expect(try again.dataValues().first?.storedBy == "cli", "the copy took the export in through ingest")
    }
}
