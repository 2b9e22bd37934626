import Foundation
import Testing

/// `baocao ingest`, as an official runs it on the files units send.
@Suite("baocao ingest, end to end")
struct IngestCommandTests {
    let cli = CLITests()

    /// A copy of the Tây Ninh example, so that its store starts empty and is thrown away after.
    func scratchWorkspace() throws -> URL {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-ingest-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: CLITests.root.appendingPathComponent("examples/tay-ninh"), to: scratch)
        return scratch
    }

    func fixture(_ name: String) -> String { CLITests.root.appendingPathComponent("Tests/Fixtures/submissions/\(name)").path }

    @Test("Files are stored whole; the same file again adds nothing; a bad file is refused by row and column")
    func ingest() throws {
        let workspace = try scratchWorkspace()
        defer { try? FileManager.default.removeItem(at: workspace) }
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
        defer { try? FileManager.default.removeItem(at: workspace) }
        let run = try cli.baocao("ingest", workspace.path, workspace.appendingPathComponent("workspace.yaml").path.replacingOccurrences(of: ".yaml", with: ".txt"))
        #expect(run.status == 1)
        #expect(run.errors.contains("cannot read the file"))
    }
}
