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
        return String(decoding: data, as: UTF8.self)
    }

    @Test("Each example renders a DOCX with its layout's header, the number, the date line and the signer", arguments: [
        ("tay-ninh", "2023", "2023-11-02", ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "LIÊN ĐOÀN LAO ĐỘNG TỈNH TÂY NINH", "Số:       /BC-LĐLĐ",
                                              "Tây Ninh, ngày 02 tháng 11 năm 2023", "UBND tỉnh (qua Sở Nội vụ);", "Dương Đại Lộc",
                                              "Kết quả thực hiện công tác dân vận chính quyền năm 2023", "1563/QĐ-UBND"]),
        ("ninh-binh", "2023-H1", "2023-06-30", ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số:       /BC-LĐLĐ", "Ninh Bình, ngày 30 tháng 6 năm 2023",
                                                 "Trần Kim Long", "6 tháng đầu năm 2023"]),
        ("cao-bang", "2019-11", "2019-12-10", ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số:       /BC", "Cao Bằng, ngày 10 tháng 12 năm 2019",
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
        try source.replacingOccurrences(of: "được gửi kèm báo cáo này về Sở Nội vụ.", with: "được gửi về Sở Nội vụ trước ngày 01/11/2023.")
            .write(to: plugin.appendingPathComponent("plugin.lua"), atomically: true, encoding: .utf8)
        let after = try render()
        #expect(after.contains("**Báo cáo công tác dân vận chính quyền năm 2023 (số liệu đến 02/11/2023)**"))
        #expect(after.contains("được gửi về Sở Nội vụ trước ngày 01/11/2023."))
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

    @Test("The report's figures are the status's: Tây Ninh 2023 as of 02/11/2023 says 199/270, 73,7 %; --obligation keeps one report's")
    func figuresAreTheStatus() throws {
        let (workspace, scratch) = try workspace("tay-ninh")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let status = try cli.baocao("status", workspace.path, "--period", "2023", "--as-of", "2023-11-02", "--format", "json")
        let total = try #require(try JSONSerialization.jsonObject(with: Data(status.output.utf8)) as? [String: Any])["total"] as? [String: Any]
        #expect(total?["expected"] as? Int == 270 && total?["received"] as? Int == 199 && total?["onTime"] as? Int == 192)
        let render = try cli.baocao("render", workspace.path, "--period", "2023", "--as-of", "2023-11-02", "--format", "md", "--output", "-")
        #expect(render.status == 0, "\(render.errors)")
        #expect(render.output.contains("Có 199/270 báo cáo đã gửi về, đạt **73,7%**; trong đó 192 báo cáo đúng hạn"))
        #expect(render.output.contains("| Tổng cộng | 270 | 199 | 192 | 7 | 71 | 73,7% |"))
        let one = try cli.baocao("render", workspace.path, "--period", "2023", "--as-of", "2023-11-02", "--format", "md", "--output", "-",
                                 "--obligation", "bao-cao-ket-qua")
        #expect(one.status == 0, "\(one.errors)")
        #expect(one.output.contains("/14 báo cáo đã gửi về"))
        let unknown = try cli.baocao("render", workspace.path, "--period", "2023", "--format", "md", "--output", "-", "--obligation", "bao-cao-ket-qa")
        #expect(unknown.status == 64 && unknown.errors.contains("did you mean 'bao-cao-ket-qua'"))
    }
}
