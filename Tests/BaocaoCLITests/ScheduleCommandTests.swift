import Foundation
import Testing

/// `baocao schedule` and `baocao plugin test` on the example workspaces, as an official or a
/// plugin author runs them.
@Suite("baocao schedule and plugin test, end to end")
struct ScheduleCommandTests {
    let cli = CLITests()

    struct Report: Decodable {
        struct Route: Decodable { var to: String; var toName: String; var through: Channel? }
        struct Channel: Decodable { var id: String; var name: String }
        var unit: String
        var level: String?
        var obligation: String
        var period: String
        var deadline: String?
        var routes: [Route]
        var decidedBy: [String: String]
    }

    struct Output: Decodable { var reports: [Report] }

    func schedule(_ arguments: String...) throws -> [Report] {
        let run = try cli.baocao(["schedule"] + arguments)
        #expect(run.status == 0, "\(run.errors)")
        return try JSONDecoder().decode(Output.self, from: Data(run.output.utf8)).reports
    }

    @Test("Tây Ninh: the annual report to UBND tỉnh through Sở Nội vụ by 2023-11-01, and the self-scoring dossier")
    func tayNinh() throws {
        let reports = try schedule("examples/tay-ninh", "--from", "2023-10-01", "--to", "2023-11-30", "--format", "json")
        let annual = reports.filter { $0.obligation == "bao-cao-ket-qua" }
        #expect(annual.count == 14, "the federation and its 13 district-level unions")
        for report in annual {
            #expect(report.deadline == "2023-11-01")
            #expect(report.routes.map(\.to) == ["ubnd-tinh"])
            #expect(report.routes.first?.toName == "UBND tỉnh")
            #expect(report.routes.first?.through?.id == "so-noi-vu")
        }
        let dossiers = reports.filter { $0.obligation == "ho-so-cham-diem" }
        #expect(dossiers.count == 14)
        #expect(dossiers.allSatisfy { $0.deadline == "2023-11-01" && $0.routes.first?.to == "so-noi-vu" })
        let grassroots = reports.filter { $0.obligation == "tu-danh-gia-cdcs" }
        #expect(!grassroots.isEmpty)
        #expect(grassroots.allSatisfy { $0.deadline == "2023-10-31" && $0.decidedBy["deadline"] == "national" })
    }

    @Test("Ninh Bình: districts and sector unions every six months and at year end through Ban CSPL&QHLĐ; grassroots to their own superior")
    func ninhBinh() throws {
        let reports = try schedule("examples/ninh-binh", "--from", "2023-01-01", "--to", "2023-12-31", "--format", "json")
        let districts = reports.filter { $0.level == "district" }
        #expect(Set(districts.map(\.period)) == ["2023-H1", "2023"])
        #expect(districts.count == 2 * Set(districts.map(\.unit)).count)
        #expect(districts.allSatisfy { $0.routes.count == 1 && $0.routes[0].to == "ldld-tinh" && $0.routes[0].through?.id == "ban-cspl-qhld" })
        let grassroots = reports.filter { $0.level == "grassroots" }
        #expect(grassroots.count > 100)
        let receivers = Set(grassroots.compactMap { $0.routes.first?.to })
        #expect(receivers.count > 5, "grassroots unions report to many different district unions")
        #expect(receivers.isSubset(of: Set(districts.map(\.unit))))
    }

    @Test("The table and the CSV carry the same reports; the ICS is a valid calendar with Vietnamese intact")
    func formats() throws {
        let table = try cli.baocao("schedule", "examples/tay-ninh", "--from", "2023-10-01", "--to", "2023-11-30")
        #expect(table.status == 0)
        #expect(table.output.contains("UBND tỉnh (qua Sở Nội vụ)"))
        let csv = try cli.baocao("schedule", "examples/tay-ninh", "--from", "2023-10-01", "--to", "2023-11-30", "--format", "csv")
        #expect(csv.output.hasPrefix("\u{FEFF}deadline,unit,unit_name"), "a byte-order mark first, for Excel")
        let rows = csv.output.dropFirst().components(separatedBy: "\r\n").dropLast()
        #expect(!csv.output.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "CRLF line ends")
        let ics = try cli.baocao("schedule", "examples/tay-ninh", "--from", "2023-10-01", "--to", "2023-11-30", "--format", "ics")
        let text = ics.output
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        let physical = text.components(separatedBy: "\r\n").dropLast()
        #expect(physical.allSatisfy { $0.utf8.count <= 75 }, "lines are folded at 75 octets")
        let events = physical.filter { $0 == "BEGIN:VEVENT" }.count
        #expect(events == rows.count - 1, "one event per report")
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("DTSTART;VALUE=DATE:20231101"))
        #expect(unfolded.contains("Gửi: UBND tỉnh (qua Sở Nội vụ)"))
        #expect(physical.filter { $0 == "BEGIN:VALARM" }.count == events, "each event reminds")
        #expect(unfolded.contains("TRIGGER:-P3D"))
        #expect(physical.filter { $0.hasPrefix("SEQUENCE:") }.count == events)
    }

    @Test("An empty window is still a valid calendar (one component: Vietnam's time zone); --alarm-days 0 leaves the reminders out")
    func emptyCalendar() throws {
        let empty = try cli.baocao("schedule", "examples/tay-ninh", "--from", "2023-01-01", "--to", "2023-01-02", "--format", "ics")
        #expect(empty.status == 0)
        #expect(empty.output.contains("BEGIN:VTIMEZONE\r\nTZID:Asia/Ho_Chi_Minh"))
        #expect(!empty.output.contains("BEGIN:VEVENT"))
        let quiet = try cli.baocao("schedule", "examples/tay-ninh", "--from", "2023-10-01", "--to", "2023-11-30", "--format", "ics", "--alarm-days", "0")
        #expect(quiet.output.contains("BEGIN:VEVENT") && !quiet.output.contains("VALARM"))
    }

    @Test("SEQUENCE and LAST-MODIFIED come from the rules: an unchanged workspace keeps its numbers, an edited one gets greater ones; the workspace's reminderDays sets the alarm; the icalendar package reads it")
    func calendarRevision() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-ics-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.createDirectory(at: scratch.appendingPathComponent("examples"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLITests.root.appendingPathComponent("plugins"), to: scratch.appendingPathComponent("plugins"))
        let workspace = scratch.appendingPathComponent("examples/tay-ninh")
        try FileManager.default.copyItem(at: CLITests.root.appendingPathComponent("examples/tay-ninh"), to: workspace)
        // Every file dated 2025-03-01, 08:00 UTC, as a checkout would leave them.
        let old = Date(timeIntervalSince1970: 1_740_816_000)
        for path in try FileManager.default.subpathsOfDirectory(atPath: scratch.path) {
            try? FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: scratch.appendingPathComponent(path).path)
        }
        func calendar() throws -> String {
            try cli.baocao("schedule", workspace.path, "--from", "2023-10-01", "--to", "2023-11-30", "--format", "ics").output
        }
        func lines(_ text: String, _ prefix: String) -> Set<String> {
            Set(text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { $0.hasPrefix(prefix) })
        }
        let first = try calendar(), again = try calendar()
        let minutes = (1_740_816_000 - 1_577_836_800) / 60
        #expect(lines(first, "SEQUENCE:") == ["SEQUENCE:\(minutes)"])
        #expect(lines(first, "LAST-MODIFIED:") == ["LAST-MODIFIED:20250301T080000Z"])
        #expect(lines(again, "SEQUENCE:") == lines(first, "SEQUENCE:"), "an unchanged deadline keeps its number")
        // An edited workspace (here: a reminder of 5 days) is a newer revision.
        let manifest = workspace.appendingPathComponent("workspace.yaml")
        try (String(contentsOf: manifest, encoding: .utf8) + "reminderDays: 5\n").write(to: manifest, atomically: true, encoding: .utf8)
        let edited = try calendar()
        let sequence = try #require(lines(edited, "SEQUENCE:").first.flatMap { Int($0.dropFirst("SEQUENCE:".count)) })
        #expect(sequence > minutes)
        #expect(edited.contains("TRIGGER:-P5D") && !edited.contains("TRIGGER:-P3D"))
        // Read by the icalendar package (pip install icalendar), when it is there.
        let file = scratch.appendingPathComponent("lich.ics")
        try edited.write(to: file, atomically: true, encoding: .utf8)
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", "-c", """
            import sys
            try:
                import icalendar
            except ImportError:
                print("skip"); sys.exit(0)
            cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
            events = [c for c in cal.walk('VEVENT')]
            assert events and all(e.get('SEQUENCE') is not None and e.get('LAST-MODIFIED') for e in events)
            assert all(len(e.walk('VALARM')) == 1 for e in events)
            print(len(events))
            """, file.path]
        let output = Pipe()
        check.standardOutput = output
        try check.run()
        check.waitUntilExit()
        let said = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(check.terminationStatus == 0, "the icalendar package reads the calendar")
        if said != "skip" { #expect(Int(said) == edited.components(separatedBy: "BEGIN:VEVENT").count - 1) }
    }

    @Test("Editing one line of the Tây Ninh plugin changes the schedule, without rebuilding")
    func editingAPlugin() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-edit-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.createDirectory(at: scratch.appendingPathComponent("examples"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLITests.root.appendingPathComponent("plugins"), to: scratch.appendingPathComponent("plugins"))
        try FileManager.default.copyItem(at: CLITests.root.appendingPathComponent("examples/tay-ninh"),
                                         to: scratch.appendingPathComponent("examples/tay-ninh"))
        let workspace = scratch.appendingPathComponent("examples/tay-ninh").path
        let before = try schedule(workspace, "--from", "2023-11-01", "--to", "2023-11-01", "--unit", "ldld-go-dau", "--format", "json")
        #expect(before.first { $0.obligation == "bao-cao-ket-qua" }?.routes.first?.through?.id == "so-noi-vu")

        let file = scratch.appendingPathComponent("plugins/tay-ninh/plugin.lua")
        let source = try String(contentsOf: file, encoding: .utf8)
        #expect(source.contains("local HOME_AFFAIRS = \"so-noi-vu\""))
        try source.replacingOccurrences(of: "local HOME_AFFAIRS = \"so-noi-vu\"", with: "local HOME_AFFAIRS = \"ban-dan-van-tu\"")
            .write(to: file, atomically: true, encoding: .utf8)
        let after = try schedule(workspace, "--from", "2023-11-01", "--to", "2023-11-01", "--unit", "ldld-go-dau", "--format", "json")
        let report = after.first { $0.obligation == "bao-cao-ket-qua" }
        #expect(report?.routes.first?.through?.id == "ban-dan-van-tu")
        #expect(report?.decidedBy["route"] == "tay-ninh")
    }

    @Test("Bad input: an unknown unit and a window backwards are refused with plain words")
    func badInput() throws {
        let unknown = try cli.baocao("schedule", "examples/tay-ninh", "--from", "2023-01-01", "--to", "2023-12-31", "--unit", "ldld-nowhere")
        #expect(unknown.status == 64, "a usage error, as a malformed option is")
        #expect(unknown.errors.contains("no unit has the id 'ldld-nowhere'"))
        let backwards = try cli.baocao("schedule", "examples/tay-ninh", "--from", "2023-12-31", "--to", "2023-01-01")
        #expect(backwards.status == 64)
        #expect(backwards.errors.contains("is after --to"))
    }

    @Test("Every plugin's own tests pass", arguments: ["national", "ninh-binh", "tay-ninh", "cao-bang", "ben-tre"])
    func pluginTests(_ plugin: String) throws {
        let run = try cli.baocao("plugin", "test", "plugins/\(plugin)")
        #expect(run.status == 0, "\(run.output)\(run.errors)")
        #expect(run.output.contains(", 0 failed"))
    }

    @Test("A failing plugin test is reported with its file and line, and exit code 1")
    func failingPluginTest() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-failing-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let plugin = scratch.appendingPathComponent("tay-ninh")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLITests.root.appendingPathComponent("plugins/tay-ninh"), to: plugin)
        try "test('a wrong expectation', function()\n  expect.equal(1 + 1, 3, 'sum')\nend)\n"
            .write(to: plugin.appendingPathComponent("tests/zz_failing_test.lua"), atomically: true, encoding: .utf8)
        let run = try cli.baocao("plugin", "test", plugin.path, "--workspace", "examples/tay-ninh")
        #expect(run.status == 1)
        #expect(run.output.contains("FAIL"))
        #expect(run.output.contains("zz_failing_test.lua:2: sum: expected 3, got 2"))
        #expect(run.output.contains(", 1 failed"))
    }
}
