import Foundation
import Testing

/// `baocao export` is the inverse of `baocao ingest`: what it writes, ingested into the same
/// workspace with an empty store, gives the same status (arrivals, resubmissions), the same
/// targets and the same export.
@Suite("baocao export, end to end")
struct ExportCommandTests {
    let cli = CLITests()

    func ingestedWorkspace() throws -> (workspace: URL, scratch: URL) { try IngestCommandTests().ingestedWorkspace() }

    /// What the round trip compares: the status JSON on two days (before and after the late
    /// reports came) and the targets' JSON.
    func answers(_ workspace: URL) throws -> [String] {
        try ["2023-11-02", "2023-11-10"].map { day in
            let run = try cli.baocao("status", workspace.path, "--period", "2023", "--as-of", day, "--format", "json")
            #expect(run.status == 0, "\(run.errors)")
            return run.output
        } + [try cli.baocao("indicators", workspace.path, "--directive", "439/KH-LĐLĐ", "--period", "2023", "--as-of", "2023-11-10",
                            "--format", "json").output]
    }

    @Test("Exported, then ingested into an empty store: the same status and targets", arguments: ["csv", "json", "xlsx"])
    func roundTrip(_ format: String) throws {
        let (original, scratch) = try ingestedWorkspace()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let file = scratch.appendingPathComponent("export.\(format)")
        let export = try cli.baocao("export", original.path, "--format", format, "--output", file.path)
        #expect(export.status == 0, "\(export.errors)")
        #expect(export.output.contains("export.\(format): 233 submissions"), "\(export.output)")

        let copy = try IngestCommandTests().scratchWorkspace()
        defer { try? FileManager.default.removeItem(at: copy.deletingLastPathComponent().deletingLastPathComponent()) }
        let ingest = try cli.baocao("ingest", copy.path, file.path)
        #expect(ingest.status == 0, "\(ingest.errors)")
        #expect(ingest.output.contains("233 submissions stored"))
        let expected = try answers(original)
        let got = try answers(copy)
        #expect(got == expected)

        // The resubmission of LĐLĐ thành phố Tây Ninh is still a second submission of its report.
        struct Status: Decodable {
            struct Entry: Decodable { var unit: String; var obligation: String; var submissions: Int; var firstReceived: String? }
            var entries: [Entry]
        }
        let status = try JSONDecoder().decode(Status.self, from: Data(got[1].utf8))
        let resubmitted = try #require(status.entries.first { $0.unit == "ldld-tp-tay-ninh" && $0.obligation == "bao-cao-ket-qua" })
        #expect(resubmitted.submissions == 2)
        #expect(resubmitted.firstReceived == "2023-10-29T14:45:00+07:00", "the first arrival decides on time")

        // And the copy exports the same rows (only when each was stored differs).
        let again = try cli.baocao("export", copy.path, "--format", "csv")
        let first = try cli.baocao("export", original.path, "--format", "csv")
        func withoutStoredTime(_ text: String) -> [String] {
            text.split(separator: "\r\n").map { $0.replacingOccurrences(of: #",[0-9T:+-]{25},439"#, with: ",439", options: .regularExpression) }
        }
        #expect(withoutStoredTime(again.output) == withoutStoredTime(first.output))
    }

    @Test("CSV: one row per value with DHIS2's columns; a submission's number on each of its rows; ISO times in Vietnam's")
    func csvShape() throws {
        let (workspace, scratch) = try ingestedWorkspace()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let run = try cli.baocao("export", workspace.path, "--period", "2023")
        #expect(run.status == 0, "\(run.errors)")
        let lines = run.output.split(separator: "\r\n").map(String.init)
        #expect(lines.first == "\u{FEFF}dataElement,period,orgUnit,value,storedBy,created,lastUpdated,directive,obligation,submission,narrative")
        let tanChau = lines.filter { $0.contains(",ldld-tan-chau,") && $0.contains("bao-cao-ket-qua") }
        #expect(tanChau.count == 3, "three fields: \(tanChau)")
        #expect(tanChau.first?.hasPrefix("can_bo_tong,2023,ldld-tan-chau,71,cli,2023-10-26T15:15:00+07:00,") == true, "\(tanChau)")
        #expect(tanChau.last?.hasPrefix("co_ke_hoach,2023,ldld-tan-chau,true,cli,") == true, "\(tanChau)")
        #expect(tanChau.first?.hasSuffix(",Báo cáo mẫu (dữ liệu minh họa).") == true, "the narrative on the first row")

        let json = try cli.baocao("export", workspace.path, "--format", "json", "--directive", "439/KH-LĐLĐ")
        let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        let values = try #require(object?["dataValues"] as? [[String: Any]])
        #expect(values.count == lines.count - 1)
        #expect(values.first?["storedBy"] as? String == "cli")

        let none = try cli.baocao("export", workspace.path, "--period", "2024")
        #expect(none.status == 0)
        #expect(none.errors.contains("no submission is stored for 2024"))
    }

    @Test("A retracted file is not exported")
    func retracted() throws {
        let (workspace, scratch) = try ingestedWorkspace()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let retract = try cli.baocao("retract", workspace.path, workspace.appendingPathComponent("submissions/resubmission.csv").path,
                                     "--by", "test")
        #expect(retract.status == 0, "\(retract.errors)")
        let file = scratch.appendingPathComponent("export.json")
        let export = try cli.baocao("export", workspace.path, "--output", file.path)
        #expect(export.output.contains("232 submissions"), "\(export.output)")
        let copy = try IngestCommandTests().scratchWorkspace()
        defer { try? FileManager.default.removeItem(at: copy.deletingLastPathComponent().deletingLastPathComponent()) }
        #expect(try cli.baocao("ingest", copy.path, file.path).status == 0)
        #expect(try answers(copy) == answers(workspace))
    }
}
