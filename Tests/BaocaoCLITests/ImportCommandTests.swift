import Foundation
import Testing

/// `baocao import`, as an official runs it on a directive's text.
@Suite("baocao import, end to end")
struct ImportCommandTests {
    let cli = CLITests()

    @Test("The Tây Ninh seed with its workspace: YAML with lines, the deadline to UBND tỉnh through Sở Nội vụ")
    func tayNinh() throws {
        let run = try cli.baocao("import", "Tests/Fixtures/import/001-tay-ninh.txt", "--workspace", "examples/tay-ninh")
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("number: 439/KH-LĐLĐ   # line 3"))
        #expect(run.output.contains("deadline: 2023-11-01"))
        #expect(run.output.contains("to: ubnd-tinh") && run.output.contains("through: so-noi-vu"))
        #expect(run.output.contains("target: 90%"))
        #expect(run.errors.contains("missing: superior"))
        #expect(run.errors.contains("0 names unmatched"))
    }

    @Test("--explain shows each value beside its line of text, then what is missing")
    func explain() throws {
        let run = try cli.baocao("import", "Tests/Fixtures/import/003-cao-bang.txt", "--explain")
        #expect(run.status == 0, "\(run.errors)")
        let dateLine = try #require(run.output.split(separator: "\n").first { $0.hasPrefix("date ") })
        #expect(dateLine.contains("2019-10-10") && dateLine.contains("8") && dateLine.contains("Cao Bằng, ngày 10 tháng 10 năm 2019"))
        #expect(run.output.contains("Missing (not guessed):"))
        #expect(run.output.contains("number: missing"))
    }

    @Test("--format json carries the directive, each value with its line, and the missing fields")
    func json() throws {
        let run = try cli.baocao("import", "Tests/Fixtures/import/004-ben-tre.docx", "--format", "json")
        #expect(run.status == 0, "\(run.errors)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(object["id"] as? String == "558-cv-duk")
        let fields = try #require(object["fields"] as? [[String: Any]])
        #expect(fields.contains { $0["field"] as? String == "number" && $0["value"] as? String == "558-CV/ĐUK" && $0["line"] as? Int == 10 })
        #expect((object["missing"] as? [[String: Any]])?.isEmpty == false)
    }

    @Test("A file that cannot be imported: exit 1, naming the file and what is wrong", arguments: [
        ("Tests/Fixtures/import/none.txt", "no such file"),
        ("Makefile", "cannot import a file without an extension"),
        ("Package.swift", "cannot import a '.swift' file"),
    ])
    func bad(_ path: String, _ message: String) throws {
        let run = try cli.baocao("import", path)
        #expect(run.status == 1)
        #expect(run.errors.contains(path) && run.errors.contains(message), "\(run.errors)")
    }

    @Test("--output writes the file")
    func output() throws {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-import-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: target) }
        let run = try cli.baocao("import", "Tests/Fixtures/import/000-ninh-binh.md", "--output", target.path)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.isEmpty)
        #expect(try String(contentsOf: target, encoding: .utf8).contains("number: 22/KH-LĐLĐ"))
    }
}
