import Foundation
import Testing

/// `baocao ingest`, as an official runs it on the files units send.
@Suite("baocao ingest, end to end")
struct IngestCommandTests {
    let cli = CLITests()

    /// A copy of the Tây Ninh example (with the plugins beside it, where its `pluginPaths` looks),
    /// so that its store starts empty; the tests remove the whole scratch folder after.
    func scratchWorkspace() throws -> URL {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch.appendingPathComponent("examples"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLITests.root.appendingPathComponent("plugins"), to: scratch.appendingPathComponent("plugins"))
        let workspace = scratch.appendingPathComponent("examples/tay-ninh")
        try FileManager.default.copyItem(at: CLITests.root.appendingPathComponent("examples/tay-ninh"), to: workspace)
        try? FileManager.default.removeItem(at: workspace.appendingPathComponent(".baocao"))  // left by 'make demo'
        return workspace
    }

    /// Tây Ninh's sample submissions ingested into a scratch copy; the scratch folder to remove after.
    func ingestedWorkspace() throws -> (workspace: URL, scratch: URL) {
        let workspace = try IngestCommandTests().scratchWorkspace()
        let folder = workspace.appendingPathComponent("submissions")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".csv") }.sorted()
        let ingest = try cli.baocao(["ingest", workspace.path] + files.map { folder.appendingPathComponent($0).path })
        #expect(ingest.status == 0, "\(ingest.errors)")
        return (workspace, workspace.deletingLastPathComponent().deletingLastPathComponent())
    }

    func fixture(_ name: String) -> String { CLITests.root.appendingPathComponent("Tests/Fixtures/submissions/\(name)").path }

    @Test("Issue 22: on a pipe, each file's result is printed before the next file's problems")
    func outputKeepsItsOrder() throws {
        let workspace = try scratchWorkspace()
        defer { try? FileManager.default.removeItem(at: workspace.deletingLastPathComponent().deletingLastPathComponent()) }
        let bad = workspace.appendingPathComponent("bad.csv")
        try "obligation,unit,period,received\nbao-cao-ket-qua,ldld-nowhere,2023,2023-10-30\n".write(to: bad, atomically: true, encoding: .utf8)
        // Standard output and standard error into one pipe, as `baocao ingest … 2>&1 | tee log` does.
        let process = Process()
        process.executableURL = CLITests.binary
        process.arguments = ["ingest", workspace.path, fixture("districts.csv"), bad.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let stored = try #require(text.range(of: "districts.csv: "), "\(text)")
        let refused = try #require(text.range(of: "bad.csv:"), "\(text)")
        #expect(stored.lowerBound < refused.lowerBound, "\(text)")
    }

    @Test("A semicolon-separated CSV (Excel in a Vietnamese locale) is read as such; a header without the columns says which separator it was read with")
    func semicolonCSV() throws {
        let workspace = try scratchWorkspace()
        defer { try? FileManager.default.removeItem(at: workspace.deletingLastPathComponent().deletingLastPathComponent()) }
        let comma = try String(contentsOfFile: fixture("districts.csv"), encoding: .utf8)
        let table = cells(ofCSV: comma)
        let semicolon = workspace.appendingPathComponent("huyen-excel.csv")
        try ("\u{FEFF}" + table.map { $0.map { $0.contains(";") || $0.contains("\"") ? "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : $0 }
            .joined(separator: ";") }.joined(separator: "\r\n") + "\r\n").write(to: semicolon, atomically: true, encoding: .utf8)
        let run = try cli.baocao("ingest", workspace.path, semicolon.path)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("3 submissions stored"))
        let wrong = workspace.appendingPathComponent("sai.csv")
        try "don_vi;ky;ngay_nhan\nldld-go-dau;2023;2023-10-31\n".write(to: wrong, atomically: true, encoding: .utf8)
        let refused = try cli.baocao("ingest", workspace.path, wrong.path)
        #expect(refused.status == 1)
        #expect(refused.errors.contains("separated by ';' (semicolon)"), "\(refused.errors)")
    }

    /// The cells of a small CSV without line ends inside quotes.
    func cells(ofCSV text: String) -> [[String]] {
        text.split(whereSeparator: \.isNewline).map { line in
            var cells: [String] = [], cell = "", quoted = false
            for character in line {
                if character == "\"" { quoted.toggle(); continue }
                if character == ",", !quoted { cells.append(cell); cell = ""; continue }
                cell.append(character)
            }
            cells.append(cell)
            return cells
        }
    }

    @Test("Files are stored whole; the same file again adds nothing; a bad file is refused by row and column")
    func ingest() throws {
        let workspace = try scratchWorkspace()
        defer { try? FileManager.default.removeItem(at: workspace.deletingLastPathComponent().deletingLastPathComponent()) }
        let first = try cli.baocao("ingest", workspace.path, fixture("districts.csv"), fixture("grassroots.json"))
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.output.contains("districts.csv: 3 submissions stored"))
        #expect(first.output.contains("grassroots.json: 2 submissions stored"))
        #expect(FileManager.default.fileExists(atPath: workspace.appendingPathComponent(".baocao/store.sqlite").path))

        let again = try cli.baocao("ingest", workspace.path, fixture("districts.csv"), fixture("districts-resubmitted.csv"))
        #expect(again.status == 0)
        #expect(again.output.contains("districts.csv: already ingested"))
        #expect(again.output.contains("districts-resubmitted.csv: 1 submission stored"))

        let bad = try cli.baocao("ingest", workspace.path, fixture("bad-row.csv"))
        #expect(bad.status == 1)
        #expect(bad.errors.contains("bad-row.csv:4:52: 'sáu mươi tư' is not a whole number for 'can_bo_tong'"))
        #expect(bad.errors.contains("refused, 1 problem; nothing of it was stored"))
    }

    @Test("A file type the store does not read is refused with what it reads")
    func unknownType() throws {
        let workspace = try scratchWorkspace()
        defer { try? FileManager.default.removeItem(at: workspace.deletingLastPathComponent().deletingLastPathComponent()) }
        let run = try cli.baocao("ingest", workspace.path, workspace.appendingPathComponent("workspace.yaml").path.replacingOccurrences(of: ".yaml", with: ".txt"))
        #expect(run.status == 1)
        #expect(run.errors.contains("cannot read the file"))
    }

    @Test("After ingest, status shows on time, late N days and missing, with the rates per level")
    func status() throws {
        let workspace = try scratchWorkspace()
        defer { try? FileManager.default.removeItem(at: workspace.deletingLastPathComponent().deletingLastPathComponent()) }
        let ingest = try cli.baocao("ingest", workspace.path, fixture("districts.csv"), fixture("districts-resubmitted.csv"),
                                    fixture("grassroots.json"))
        #expect(ingest.status == 0, "\(ingest.errors)")
        let table = try cli.baocao("status", workspace.path, "--period", "2023", "--as-of", "2023-11-10", "--unit", "ldld-ben-cau")
        #expect(table.status == 0, "\(table.errors)")
        #expect(table.output.contains("late 5 days"))
        let run = try cli.baocao("status", workspace.path, "--period", "2023", "--as-of", "2023-11-10", "--format", "json")
        struct Output: Decodable {
            struct Rate: Decodable { var group: String; var expected, onTime, late, missing: Int }
            var byLevel: [Rate]
        }
        let output = try JSONDecoder().decode(Output.self, from: Data(run.output.utf8))
        let district = try #require(output.byLevel.first { $0.group == "district" })
        #expect((district.expected, district.onTime, district.late, district.missing) == (26, 2, 1, 23))
    }

    @Test("Tây Ninh's sample submissions: status on 2023-11-02 matches a count by hand")
    func exampleStatus() throws {
        let workspace = try scratchWorkspace()
        defer { try? FileManager.default.removeItem(at: workspace.deletingLastPathComponent().deletingLastPathComponent()) }
        let folder = workspace.appendingPathComponent("submissions")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".csv") }.sorted()
        let ingest = try cli.baocao(["ingest", workspace.path] + files.map { folder.appendingPathComponent($0).path })
        #expect(ingest.status == 0, "\(ingest.errors)")
        let run = try cli.baocao("status", workspace.path, "--period", "2023", "--as-of", "2023-11-02", "--format", "json")
        struct Output: Decodable {
            struct Rate: Decodable { var group: String; var expected, onTime, late, missing, notYetDue: Int }
            var byLevel: [Rate]
        }
        let levels = Dictionary(uniqueKeysWithValues: try JSONDecoder().decode(Output.self, from: Data(run.output.utf8))
            .byLevel.map { ($0.group, [$0.expected, $0.onTime, $0.late, $0.missing, $0.notYetDue]) })
        // Counted with awk over examples/tay-ninh/submissions/*.csv: the first arrival's day against
        // 2023-11-01 (province and district reports) and 2023-10-31 (grassroots self-assessments).
        #expect(levels["province"] == [2, 1, 0, 1, 0], "the dossier on time; the federation's own report not in")
        #expect(levels["district"] == [26, 15, 0, 11, 0], "6 reports and 9 dossiers on time; 4 arrive after 2 November")
        #expect(levels["grassroots"] == [242, 176, 7, 59, 0], "212 self-assessments: 176 by 31/10, 7 by 2/11, 29 later")
    }

    @Test("Tây Ninh's targets: all seven (six items, the sixth with two parts) with achieved values and failing units")
    func indicators() throws {
        let workspace = try scratchWorkspace()
        defer { try? FileManager.default.removeItem(at: workspace.deletingLastPathComponent().deletingLastPathComponent()) }
        let folder = workspace.appendingPathComponent("submissions")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".csv") }.sorted()
        #expect(try cli.baocao(["ingest", workspace.path] + files.map { folder.appendingPathComponent($0).path }).status == 0)
        let run = try cli.baocao("indicators", workspace.path, "--directive", "439/KH-LĐLĐ", "--period", "2023", "--as-of", "2023-11-10")
        #expect(run.status == 0, "\(run.errors)")
        for item in ["III.1", "III.2", "III.3", "III.4", "III.5", "III.6"] {
            #expect(run.output.contains("\n\(item)  target"), "\(item) missing")
        }
        #expect(run.output.contains("achieved"))
        #expect(run.output.contains("failing: "))
        struct Result: Decodable { var id: String; var achieved: Double?; var met: Bool?; var failing: [Failing] }
        struct Failing: Decodable { var unit: String; var reason: String }
        let json = try cli.baocao("indicators", workspace.path, "--directive", "439/KH-LĐLĐ", "--period", "2023",
                                  "--as-of", "2023-11-10", "--format", "json")
        struct Output: Decodable { var indicators: [Result]; var problems: [[String: String]] }
        let output = try JSONDecoder().decode(Output.self, from: Data(json.output.utf8))
        #expect(output.problems.isEmpty)
        let results = output.indicators
        #expect(results.count == 7)
        #expect(results.allSatisfy { $0.achieved != nil && $0.met != nil })
    }

    @Test("remind: the reports to chase, grouped by the body and department they go to")
    func remind() throws {
        let workspace = try scratchWorkspace()
        defer { try? FileManager.default.removeItem(at: workspace.deletingLastPathComponent().deletingLastPathComponent()) }
        #expect(try cli.baocao("ingest", workspace.path, fixture("districts.csv"), fixture("grassroots.json")).status == 0)
        let run = try cli.baocao("remind", workspace.path, "--as-of", "2023-11-02", "--format", "json")
        #expect(run.status == 0, "\(run.errors)")
        struct Group: Decodable {
            struct Item: Decodable { var unit: String; var obligation: String; var state: String; var daysOverdue: Int? }
            var to: String
            var through: String?
            var reports: [Item]
        }
        struct Output: Decodable { var groups: [Group]; var problems: [[String: String]] }
        let groups = try JSONDecoder().decode(Output.self, from: Data(run.output.utf8)).groups
        let committee = try #require(groups.first { $0.to == "ubnd-tinh" })
        #expect(committee.through == "so-noi-vu")
        let reporting = Set(committee.reports.map(\.unit))
        #expect(reporting.contains("ldld-ben-cau"), "Bến Cầu's report arrives only on 6/11")
        #expect(!reporting.contains("ldld-go-dau") && !reporting.contains("ldld-tp-tay-ninh"), "theirs arrived")
        #expect(committee.reports.allSatisfy { $0.state == "missing" && $0.daysOverdue == 1 })
        let text = try cli.baocao("remind", workspace.path, "--as-of", "2023-11-02")
        #expect(text.output.contains("Gửi về UBND tỉnh (qua Sở Nội vụ):"))
        #expect(text.output.contains("LĐLĐ huyện Bến Cầu: Báo cáo kết quả thực hiện công tác dân vận chính quyền năm 2023 (2023) — quá hạn 1 ngày"))
    }

    @Test("A plugin's validate hook refuses a file with its message at the cell, or warns and stores it")
    func validate() throws {
        let workspace = try scratchWorkspace()
        defer { try? FileManager.default.removeItem(at: workspace.deletingLastPathComponent().deletingLastPathComponent()) }
        let bad = workspace.appendingPathComponent("bad.csv")
        try "obligation,unit,period,received,can_bo_tong,can_bo_hoc_tap\nbao-cao-ket-qua,ldld-go-dau,2023,2023-10-30,64,70\n"
            .write(to: bad, atomically: true, encoding: .utf8)
        let refused = try cli.baocao("ingest", workspace.path, bad.path)
        #expect(refused.status == 1)
        #expect(refused.errors.contains("bad.csv:2:48: 70 cán bộ được học tập, quán triệt nhưng tổng số chỉ có 64"))
        #expect(refused.errors.contains("(plugin tay-ninh)"))
        let doubtful = workspace.appendingPathComponent("doubtful.csv")
        try "obligation,unit,period,received,can_bo_tong,can_bo_hoc_tap\nbao-cao-ket-qua,ldld-go-dau,2023,2023-10-30,64,0\n"
            .write(to: doubtful, atomically: true, encoding: .utf8)
        let warned = try cli.baocao("ingest", workspace.path, doubtful.path)
        #expect(warned.status == 0)
        #expect(warned.errors.contains("warning: "))
        #expect(warned.errors.contains("chưa có cán bộ nào được học tập"))
        #expect(warned.output.contains("1 submission stored"))
    }

    @Test("score: Tây Ninh's sheet for a district union, criteria with points and evidence, total and rating")
    func score() throws {
        let workspace = try scratchWorkspace()
        defer { try? FileManager.default.removeItem(at: workspace.deletingLastPathComponent().deletingLastPathComponent()) }
        #expect(try cli.baocao("ingest", workspace.path, fixture("districts.csv"), fixture("districts-resubmitted.csv")).status == 0)
        let run = try cli.baocao("score", workspace.path, "--unit", "ldld-go-dau", "--period", "2023", "--as-of", "2023-11-10",
                                 "--format", "json")
        #expect(run.status == 0, "\(run.errors)")
        struct Output: Decodable {
            struct Sheet: Decodable {
                struct Criterion: Decodable { var id: String; var points: Double; var maximum: Double; var evidence: String }
                var criteria: [Criterion]
                var rating: String?
                var scoredBy: String
            }
            var sheet: Sheet
            var total: Double
            var maximum: Double
        }
        let output = try JSONDecoder().decode(Output.self, from: Data(run.output.utf8))
        let points = Dictionary(uniqueKeysWithValues: output.sheet.criteria.map { ($0.id, $0.points) })
        // The first arrival decides on time, as the status counts it: Gò Dầu's report of 30/10
        // was on time, and its correction of 2/11 changes the values, not that.
        #expect(points == ["II.1": 20, "III.3": 20, "II.3": 0, "II.4": 0, "IV": 20],
                "86 of 86 trained, a plan, no grassroots self-assessment in, first sent on time")
        #expect(output.total == 60 && output.maximum == 100)
        #expect(output.sheet.rating == "Trung bình")
        #expect(output.sheet.criteria.first { $0.id == "IV" }?.evidence.hasSuffix("đúng hạn") == true)
        let status = try cli.baocao("status", workspace.path, "--period", "2023", "--as-of", "2023-11-10", "--unit", "ldld-go-dau",
                                    "--obligation", "bao-cao-ket-qua", "--format", "json")
        #expect(status.output.contains("\"state\" : \"on-time\""), "status and score agree")
        #expect(output.sheet.scoredBy == "tay-ninh")
        #expect(output.sheet.criteria.first { $0.id == "II.1" }?.evidence == "86/86 cán bộ, công chức, viên chức được học tập, quán triệt")

        let grassroots = try cli.baocao("score", workspace.path, "--unit", "cdcs-tay-ninh-01", "--period", "2023")
        #expect(grassroots.status == 1)
        #expect(grassroots.errors.contains("scores CĐCS Trường Mầm non TP Tây Ninh A"))
    }
}
