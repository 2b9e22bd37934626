import Foundation
import Testing

/// Runs the built `baocao` program as a person would and reads what it prints.
@Suite("baocao check, end to end")
struct CLITests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Standard error, read on a thread of its own.
    final class ErrorsRead: @unchecked Sendable {
        var data = Data()
        let done = DispatchSemaphore(value: 0)
    }

    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    /// The `baocao` binary beside the test bundle (both are built into the same folder).
    static var binary: URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("baocao")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return root.appendingPathComponent(".build/debug/baocao")
    }

    func baocao(_ arguments: String...) throws -> Run { try baocao(arguments) }

    func baocao(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = Self.root
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Both pipes read at once: a program that fills one while the other is read would wait forever.
        let collected = ErrorsRead()
        let reader = Thread { collected.data = errors.fileHandleForReading.readDataToEndOfFile(); collected.done.signal() }
        reader.start()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        collected.done.wait()
        let err = collected.data
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self),
                   errors: String(decoding: err, as: UTF8.self))
    }

    @Test("Each example checks with exit 0 and a summary", arguments: ["ninh-binh", "tay-ninh", "cao-bang", "ben-tre"])
    func examplesCheck(_ name: String) throws {
        let run = try baocao("check", "examples/\(name)")
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("OK: no problems found."))
        #expect(run.output.contains("grassroots"))
        #expect(run.errors.isEmpty)
    }

    @Test("The summary counts Tây Ninh's obligations and targets")
    func tayNinhSummary() throws {
        let run = try baocao("check", "examples/tay-ninh")
        #expect(run.output.contains("439/KH-LĐLĐ"))
        #expect(run.output.contains("3 reporting obligations, 6 indicators (7 targets)"))
        #expect(run.output.contains("Plugin chain: national → tay-ninh"))
    }

    /// --format json shows each seed's number, date, issuer and signer exactly as the seed writes them.
    @Test("JSON output carries number, date, issuer and signer as the seeds write them", arguments: [
        ("tay-ninh", "439/KH-LĐLĐ", "2023-05-09", "Ban Thường vụ Liên đoàn Lao động tỉnh", "TM.", "PHÓ CHỦ TỊCH", "Dương Đại Lộc"),
        ("ninh-binh", "22/KH-LĐLĐ", "2023-04-18", "Ban Thường vụ Liên đoàn Lao động (LĐLĐ) tỉnh", "TM.", "PHÓ CHỦ TỊCH THƯỜNG TRỰC", "Trần Kim Long"),
        ("cao-bang", nil, "2019-10-10", "Ban Thường vụ LĐLĐ tỉnh", "TM.", "PHÓ CHỦ TỊCH", "Phạm Đức Khôi"),
        ("ben-tre", "558-CV/ĐUK", "2022-03-11", "Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh", "T/M", "PHÓ BÍ THƯ", "Phạm Hữu Dự"),
    ] as [(String, String?, String, String, String, String, String)])
    func json(_ seed: (String, String?, String, String, String, String, String)) throws {
        let run = try baocao("check", "examples/\(seed.0)", "--format", "json")
        #expect(run.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
        let directive = try #require((object?["directives"] as? [[String: Any]])?.first)
        #expect(directive["number"] as? String == seed.1)
        #expect(directive["date"] as? String == seed.2)
        #expect((directive["issuer"] as? [String: Any])?["name"] as? String == seed.3)
        let signer = try #require(directive["signer"] as? [String: Any])
        #expect(signer["authority"] as? String == seed.4)
        #expect(signer["onBehalfOf"] as? String == "BAN THƯỜNG VỤ")
        #expect(signer["title"] as? String == seed.5)
        #expect(signer["name"] as? String == seed.6)
        if let number = seed.1 { #expect(run.output.contains("\"\(number)\"")) }
    }

    /// The four faults the issue names: a bad date, an unknown key, a unit whose parent does not
    /// exist, a directive citing an unknown level.
    @Test("Broken workspaces exit 1 with file:line:column lines", arguments: [
        ("bad-date", "Tests/Fixtures/bad-date/directives/kh-1.yaml:5:7: '2023-02-30' is not a date"),
        ("unknown-key", "Tests/Fixtures/unknown-key/units.yaml:15:5: unknown key 'parnet' in unit; did you mean 'parent'?"),
        ("unknown-parent", "Tests/Fixtures/unknown-parent/grassroots.csv:3:45: unit 'cdcs-2' has parent 'ldld-z', but no unit has that id"),
        ("unknown-level", "Tests/Fixtures/unknown-level/directives/kh-1.yaml:9:10: unknown level 'commune'"),
    ])
    func broken(_ fault: (String, String)) throws {
        let run = try baocao("check", "Tests/Fixtures/\(fault.0)")
        #expect(run.status == 1)
        #expect(run.errors.contains(fault.1), "stderr was: \(run.errors)")
        #expect(!run.output.contains("OK"))
    }

    @Test("A broken workspace with --format json prints its diagnostics as JSON")
    func brokenJSON() throws {
        let run = try baocao("check", "Tests/Fixtures/unknown-level", "--format", "json")
        #expect(run.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
        let diagnostics = try #require(object?["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 1)
        #expect((diagnostics.first?["location"] as? [String: Any])?["line"] as? Int == 9)
    }

    @Test("A folder without workspace.yaml is refused with exit 1")
    func notAWorkspace() throws {
        let run = try baocao("check", "Sources")
        #expect(run.status == 1)
        #expect(run.errors.contains("Sources:1:1: not a workspace"))
    }
}
