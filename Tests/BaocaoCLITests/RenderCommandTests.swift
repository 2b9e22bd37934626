import Foundation
import Testing

/// `baocao render`, as an official runs it to get the report to sign.
@Suite("baocao render, end to end")
struct RenderCommandTests {
    let cli = CLITests()

    /// A scratch copy of an example with the plugins beside it (where its `pluginPaths` looks), its
    /// store filled with the example's sample submissions.
    func workspace(_ name: String) throws -> (workspace: URL, scratch: URL) {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch.appendingPathComponent("examples"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLITests.root.appendingPathComponent("plugins"), to: scratch.appendingPathComponent("plugins"))
        let workspace = scratch.appendingPathComponent("examples/\(name)")
        try FileManager.default.copyItem(at: CLITests.root.appendingPathComponent("examples/\(name)"), to: workspace)
        try? FileManager.default.removeItem(at: workspace.appendingPathComponent(".baocao"))
        let files = try FileManager.default.contentsOfDirectory(atPath: workspace.appendingPathComponent("submissions").path)
            .filter { $0.hasSuffix(".csv") }.sorted().map { workspace.appendingPathComponent("submissions/\($0)").path }
        let ingest = try cli.baocao(["ingest", workspace.path] + files)
        #expect(ingest.status == 0, "\(ingest.errors)")
        return (workspace, scratch)
    }

    /// The text runs of a DOCX's document.xml, read with the system's unzip.
    func documentText(_ docx: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sys, zipfile, re; x = zipfile.ZipFile(sys.argv[1]).read('word/document.xml').decode(); print(' '.join(re.findall(r'<w:t[^>]*>([^<]*)</w:t>', x)))", docx.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        // The no-break spaces that keep a header's last words together read as spaces.
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\u{00A0}", with: " ")
    }

    @Test("Each example renders a DOCX with its layout's header, the number, the date line and the signer", arguments: [
        ("tay-ninh", "2023", "2023-11-02", ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "LIÊN ĐOÀN LAO ĐỘNG TỈNH TÂY NINH", "Số:       /BC-LĐLĐ",
                                              "Tây Ninh, ngày 02 tháng 11 năm 2023", "UBND tỉnh (qua Sở Nội vụ);", "Dương Đại Lộc",
                                              "Kết quả thực hiện công tác dân vận chính quyền năm 2023", "1563/QĐ-UBND"]),
        ("ninh-binh", "2023-H1", "2023-06-30", ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số:       /BC-LĐLĐ", "Ninh Bình, ngày 30 tháng 6 năm 2023",
                                                 "Trần Kim Long", "6 tháng đầu năm 2023"]),
        ("cao-bang", "2019-11", "2019-12-10", ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số:       /BC-LĐLĐ", "Cao Bằng, ngày 10 tháng 12 năm 2019",
                                                "Phạm Đức Khôi", "tháng 11 năm 2019"]),
        ("ben-tre", "2022-H1", "2022-07-10", ["ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG BỘ TỈNH BẾN TRE", "Số       -BC/ĐUK",
                                               "Bến Tre, ngày 10 tháng 7 năm 2022", "T/M BAN THƯỜNG VỤ", "Phạm Hữu Dự"]),
    ])
    func rendersEachExample(_ name: String, _ period: String, _ asOf: String, _ expected: [String]) throws {
        let (workspace, scratch) = try workspace(name)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("report.docx")
        let run = try cli.baocao("render", workspace.path, "--period", period, "--as-of", asOf, "--output", output.path)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.errors.isEmpty, "\(run.errors)")
        #expect(run.output.contains("reports received"))
        let text = try documentText(output)
        for line in expected { #expect(text.contains(line), "\(name): the document lacks '\(line)'") }
        if name == "ben-tre" { #expect(!text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")) }
        if name == "cao-bang" { #expect(!text.contains("(đã ký)"), "the directive's transcription note is not the report's") }
    }

    @Test("Editing a plugin's template and document hook changes the next render, without rebuilding")
    func pluginsShapeTheDocument() throws {
        let (workspace, scratch) = try workspace("tay-ninh")
        defer { try? FileManager.default.removeItem(at: scratch) }
        func render() throws -> String {
            let run = try cli.baocao("render", workspace.path, "--period", "2023", "--as-of", "2023-11-02", "--output", "-", "--format", "md")
            #expect(run.status == 0, "\(run.errors)")
            return run.output
        }
        let before = try render()
        #expect(before.contains("**Kết quả thực hiện công tác dân vận chính quyền năm 2023**"))
        let plugin = scratch.appendingPathComponent("plugins/tay-ninh")
        try "Báo cáo công tác dân vận chính quyền {{period.name}} (số liệu đến {{asOf}})\n"
            .write(to: plugin.appendingPathComponent("templates/subject.mustache"), atomically: true, encoding: .utf8)
        let source = try String(contentsOf: plugin.appendingPathComponent("plugin.lua"), encoding: .utf8)
        try source.replacingOccurrences(of: "được gửi kèm báo cáo này về Sở Nội vụ", with: "được gửi về Sở Nội vụ trước ngày 01/11/2023")
            .write(to: plugin.appendingPathComponent("plugin.lua"), atomically: true, encoding: .utf8)
        let after = try render()
        #expect(after.contains("**Báo cáo công tác dân vận chính quyền năm 2023 (số liệu đến 02/11/2023)**"))
        #expect(after.contains("được gửi về Sở Nội vụ trước ngày 01/11/2023"))
        #expect(!after.contains("được gửi kèm báo cáo này"))
    }

    @Test("A broken template is reported with its file and line, and the built-in wording is used")
    func brokenTemplate() throws {
        let (workspace, scratch) = try workspace("tay-ninh")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try "Mở đầu\n{{#directive}}\nkhông đóng\n".write(to: scratch.appendingPathComponent("plugins/tay-ninh/templates/body.mustache"),
                                                       atomically: true, encoding: .utf8)
        let run = try cli.baocao("render", workspace.path, "--period", "2023", "--as-of", "2023-11-02", "--output", "-", "--format", "md")
        #expect(run.status == 0)
        #expect(run.errors.contains("plugin 'tay-ninh', hook 'template': tay-ninh/templates/body.mustache:"), "\(run.errors)")
        #expect(run.errors.contains("the built-in wording was used"))
        #expect(run.output.contains("TÌNH HÌNH THỰC HIỆN CHẾ ĐỘ BÁO CÁO"))
    }

    @Test("A DOCX is not written to standard output, and a bad format is named")
    func badArguments() throws {
        // Usage errors, with the usage code every command exits with for one (64).
        let stdout = try cli.baocao("render", "examples/tay-ninh", "--period", "2023", "--output", "-")
        #expect(stdout.status == 64)
        #expect(stdout.errors.contains("a DOCX file is not written to standard output"))
        for bad in ["pdf", "json"] {
            let format = try cli.baocao("render", "examples/tay-ninh", "--period", "2023", "--format", bad)
            #expect(format.status == 64)
            #expect(format.errors.contains("'\(bad)'") && format.errors.contains("'docx', 'html'"), "\(format.errors)")
        }
    }

    @Test("Prose an official signs: which report each unit has not sent, no zero clauses, no placeholder or resubmission note as a narrative, the long table and the dossiers told as they are")
    func prose() throws {
        let (workspace, scratch) = try workspace("tay-ninh")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let render = try cli.baocao("render", workspace.path, "--period", "2023", "--as-of", "2023-11-02", "--signing-date", "2023-11-03",
                                    "--format", "md", "--output", "-")
        #expect(render.status == 0, "\(render.errors)")
        let text = render.output
        // Which report is missing, per report; units below counted by their level.
        #expect(text.contains("- Hồ sơ tự đánh giá, chấm điểm thi đua thực hiện công tác dân vận chính quyền năm 2023: đã nhận 10/14 báo cáo (71,4%); chưa gửi: LĐLĐ thị xã Trảng Bàng, LĐLĐ huyện Tân Châu, Công đoàn ngành Giáo dục tỉnh Tây Ninh và Công đoàn Khu kinh tế tỉnh Tây Ninh."))
        #expect(text.contains("gửi chậm: 7 công đoàn cơ sở; chưa gửi: 59 công đoàn cơ sở."))
        // No clause about what did not happen.
        for zero in [" 0 báo cáo", " 0 đơn vị", "; 0 ", "(0%)"] { #expect(!text.contains(zero), "'\(zero)' in the report") }
        // The sample text every unit sent word for word is not an account of their work.
        #expect(!text.contains("Báo cáo mẫu (dữ liệu minh họa)"))
        // Thành phố Tây Ninh's resubmission of 03/11 says only that it replaces the first: not a narrative.
        let later = try cli.baocao("render", workspace.path, "--period", "2023", "--as-of", "2023-11-10", "--format", "md", "--output", "-")
        #expect(later.status == 0 && !later.output.contains("thay báo cáo đã gửi"))
        // Fourteen receiving units: the table goes to the appendix, after the signature, and the chart stands for it.
        let signature = try #require(text.range(of: "**Dương Đại Lộc**"))
        let appendix = try #require(text.range(of: "# Phụ lục"))
        #expect(signature.upperBound <= appendix.lowerBound)
        #expect(text[appendix.lowerBound...].contains("| 14 | Công đoàn Khu kinh tế tỉnh Tây Ninh | 16 | 9 | 8 | 1 | 7 | 56,2% |"))
        #expect(text.contains("tại Phụ lục kèm theo"))
        // Only the dossiers received are said to be attached; the rating of a union without its report says why.
        #expect(text.contains("Hồ sơ tự đánh giá, chấm điểm của 10/14 đơn vị"))
        #expect(text.contains("các đơn vị chưa gửi hồ sơ: "))
        #expect(text.contains("| Yếu | Chưa gửi báo cáo kết quả thực hiện công tác dân vận chính quyền năm 2023 |"))
        #expect(!text.contains("Điểm tự chấm"))
        // Targets whole, told apart, one number format.
        #expect(text.contains("| III.6a |") && text.contains("| III.6b |"))
        #expect(!text.contains("…|") && text.contains("| 64,0% |"))
        // Proposals and the closing go to the report's own receiver; the date line is the signing day.
        #expect(text.contains("Kính đề nghị UBND tỉnh tiếp tục quan tâm chỉ đạo"))
        #expect(text.contains("Trên đây là báo cáo kết quả thực hiện công tác dân vận chính quyền năm 2023 của Liên đoàn Lao động tỉnh Tây Ninh, kính báo cáo UBND tỉnh (qua Sở Nội vụ) xem xét, chỉ đạo./."))
        #expect(text.contains("*Tây Ninh, ngày 03 tháng 11 năm 2023*") && text.contains("(số liệu tính đến ngày 02/11/2023)"))
        #expect(!text.contains("Đề nghị các đơn vị chưa gửi"), "a report going up does not address the units below")
    }

    @Test("A regime no seed has (monthly and quarterly reports, a half-year asked for): a unit owing several reports in the period is named once, each report by its own period")
    func severalReportsOfAUnit() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-regime-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.copyItem(at: CLITests.root.appendingPathComponent("Tests/Fixtures/regimes/receiver-deadline"), to: scratch)
        let manifest = scratch.appendingPathComponent("workspace.yaml")
        try String(contentsOf: manifest, encoding: .utf8)
            .replacingOccurrences(of: "pluginPaths: [../../../../plugins]", with: "pluginPaths: [\(CLITests.root.appendingPathComponent("plugins").path)]")
            .write(to: manifest, atomically: true, encoding: .utf8)
        let file = scratch.appendingPathComponent("quy.csv")
        try """
            obligation,unit,period,received,so_viec
            quy,huyen-a,quý 1/2024,2024-04-10,2
            quy,huyen-a,6 tháng đầu năm 2024,2024-07-09,6
            quy,huyen-b,2024-Q1,2024-04-30,1
            """.write(to: file, atomically: true, encoding: .utf8)
        #expect(try cli.baocao("ingest", scratch.path, file.path).status == 0)
        let render = try cli.baocao("render", scratch.path, "--period", "2024-H1", "--as-of", "2024-12-31", "--format", "md", "--output", "-")
        #expect(render.status == 0, "\(render.errors)")
        let text = render.output
        #expect(text.contains("gửi chậm: UBND huyện A (quý I năm 2024 chậm 21 ngày; chậm 19 ngày) và UBND huyện B (quý I năm 2024 chậm 41 ngày); chưa gửi: UBND huyện B."))
        #expect(text.components(separatedBy: "Ủy ban nhân dân tỉnh (báo cáo này").count == 2, "the issuer named once for its five monthly reports")
        #expect(text.contains("và 15 báo cáo của UBND xã."), "reports counted as reports when a unit owes several")
    }

    @Test("The report's figures are the status's: Tây Ninh 2023 as of 02/11/2023 says 199/270, 73,7 %; --obligation keeps one report's")
    func figuresAreTheStatus() throws {
        let (workspace, scratch) = try workspace("tay-ninh")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let status = try cli.baocao("status", workspace.path, "--period", "2023", "--as-of", "2023-11-02", "--format", "json")
        let total = try #require(try JSONSerialization.jsonObject(with: Data(status.output.utf8)) as? [String: Any])["total"] as? [String: Any]
        #expect(total?["expected"] as? Int == 270 && total?["received"] as? Int == 199 && total?["onTime"] as? Int == 192)
        let render = try cli.baocao("render", workspace.path, "--period", "2023", "--as-of", "2023-11-02", "--format", "md", "--output", "-")
        #expect(render.status == 0, "\(render.errors)")
        #expect(render.output.contains("Đã nhận 199/270 báo cáo, đạt **73,7%**; trong đó 192 báo cáo đúng hạn (71,1%)"))
        #expect(render.output.contains("|  | Tổng cộng | 270 | 199 | 192 | 7 | 71 | 73,7% |"))
        let one = try cli.baocao("render", workspace.path, "--period", "2023", "--as-of", "2023-11-02", "--format", "md", "--output", "-",
                                 "--obligation", "bao-cao-ket-qua")
        #expect(one.status == 0, "\(one.errors)")
        #expect(one.output.contains("Đã nhận 6/14 báo cáo"))
        let unknown = try cli.baocao("render", workspace.path, "--period", "2023", "--format", "md", "--output", "-", "--obligation", "bao-cao-ket-qa")
        #expect(unknown.status == 64 && unknown.errors.contains("did you mean 'bao-cao-ket-qua'"))
    }
}
