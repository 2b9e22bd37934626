import Baocao
import Foundation
import Testing

/// The synthetic national workspace: deterministic, valid, and the status of a province within
/// it agrees with the nation's.
@Suite("National workspace generator")
struct NationalWorkspaceTests {
    static func generate(seed: UInt64 = 7) throws -> (URL, NationalWorkspaceGenerator.Summary) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-national-\(UUID().uuidString)")
        let summary = try NationalWorkspaceGenerator(provinces: 4, grassroots: 400, year: 2024, seed: seed)
            .write(to: folder, pluginFolder: WorkspaceServiceTests.root.appendingPathComponent("plugins"))
        return (folder, summary)
    }

    func contents(_ folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: folder.path) {
            let url = folder.appendingPathComponent(path)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                result[path] = try Data(contentsOf: url)
            }
        }
        return result
    }

    @Test("The same seed writes the same bytes; another seed does not")
    func deterministic() throws {
        let (first, _) = try Self.generate()
        let (second, _) = try Self.generate()
        let (other, _) = try Self.generate(seed: 8)
        defer { for folder in [first, second, other] { try? FileManager.default.removeItem(at: folder) } }
        #expect(try contents(first) == contents(second))
        #expect(try contents(first) != contents(other))
    }

    @Test("Loads, ingests whole, and a province's status is the nation's for its units")
    func statusOfAProvince() throws {
        let (folder, summary) = try Self.generate()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(summary.units == 1 + 4 * 6 + 400)
        #expect(summary.submissionFiles.count == 4 * 12)
        let shares = Double(summary.onTime) / Double(summary.onTime + summary.late + summary.missing)
        #expect(shares > 0.7 && shares < 0.9)

        let service = try WorkspaceService(folder: folder.path, log: { _ in })
        var stored = 0
        for file in summary.submissionFiles {
            if case .added(let count) = try service.ingest(file: folder.appendingPathComponent(file).path).value.outcome { stored += count }
        }
        #expect(stored == summary.submissions)

        let june = Period(parsing: "2024-06")!, asOf = CalendarDate(parsing: "2024-12-31")!
        let nation = try service.status(period: june, asOf: asOf)
        #expect(nation.problems.isEmpty)
        #expect(nation.value.entries.count == 4 + 4 * 5 + 400)
        #expect(nation.value.entries.allSatisfy { $0.state != .notYetDue })
        let province = NationalWorkspaceGenerator.provinceID("Huế")
        let one = try service.status(period: june, asOf: asOf, under: province)
        let slug = "hue"
        let mine = nation.value.entries.filter { $0.report.unit == province || $0.report.unit.hasSuffix("-\(slug)") || $0.report.unit.hasPrefix("cdcs-\(slug)-") }
        #expect(one.value.entries.count == mine.count)
        #expect(Set(one.value.entries.map { "\($0.report.unit) \($0.state) \($0.report.deadline!)" })
                == Set(mine.map { "\($0.report.unit) \($0.state) \($0.report.deadline!)" }))
    }

    @Test("Many files at once: each stored whole or refused, in the order given, as one by one would")
    func manyFilesInOrder() throws {
        let (folder, summary) = try Self.generate()
        defer { try? FileManager.default.removeItem(at: folder) }
        var files = summary.submissionFiles.map { folder.appendingPathComponent($0).path }
        // A file with a bad row, in the middle; the first file again, at the end; one that is not there.
        let bad = folder.appendingPathComponent("submissions/bad.csv").path
        var text = try String(contentsOfFile: files[0], encoding: .utf8)
        text = text.replacingOccurrences(of: ",2024-01,", with: ",2024-13,")
        try text.write(toFile: bad, atomically: true, encoding: .utf8)
        files.insert(bad, at: files.count / 2)
        files.append(files[0])
        files.insert(folder.appendingPathComponent("submissions/missing.csv").path, at: 3)

        let service = try WorkspaceService(folder: folder.path, log: { _ in })
        var seen: [String] = [], stored = 0, refused: [String] = [], again: [String] = []
        service.ingest(files: files) { file, answer in
            seen.append(file)
            switch answer {
            case .success(let answer):
                switch answer.value.outcome {
                case .added(let count): stored += count
                case .alreadyIngested: again.append(file)
                }
            case .failure(let error):
                #expect(error is SubmissionFileError)
                refused.append(file)
            }
        }
        #expect(seen == files)
        #expect(stored == summary.submissions)
        #expect(refused == [files[3], bad])
        #expect(again == [files[0]])
        let store = try SubmissionStore(workspaceFolder: folder.path)
        #expect(try store.sourceFiles().map(\.path) == summary.submissionFiles.map { folder.appendingPathComponent($0).path })
        #expect(try store.integrityProblems().isEmpty)
    }
}

/// A schedule split among several plugin chains, one per core, is the schedule worked out on one.
@Suite("Schedule split among cores")
struct SplitScheduleTests {
    func chains(_ service: WorkspaceService, folder: String, count: Int) throws -> [PluginChain] {
        try (0..<count).map { _ in
            try PluginChain(workspace: service.workspace,
                            locator: PluginLocator(workspaceFolder: folder, pluginPaths: service.workspace.pluginPaths))
        }
    }

    @Test("Split or not, the same reports in the same order, with the same routes, deadlines and problems",
          arguments: ["ninh-binh", "cao-bang", "tay-ninh", "ben-tre"])
    func sameSchedule(example: String) throws {
        let folder = WorkspaceServiceTests.root.appendingPathComponent("examples/\(example)").path
        let service = try WorkspaceService(folder: folder, log: { _ in })
        let from = CalendarDate(parsing: "2019-01-01")!, to = CalendarDate(parsing: "2024-12-31")!
        let one = try chains(service, folder: folder, count: 1)
        let whole = Scheduler(workspace: service.workspace, rules: one[0]).schedule(from: from, to: to)
        let three = try chains(service, folder: folder, count: 3)
        let split = Scheduler(workspace: service.workspace, rules: three[0], helpers: Array(three.dropFirst()), splitFrom: 1)
            .schedule(from: from, to: to)
        #expect(!whole.reports.isEmpty)
        #expect(split.reports == whole.reports)
        #expect(split.problems.map(\.message) == whole.problems.map(\.message))
    }

    @Test("A national workspace's levels split above the threshold give the same schedule")
    func national() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-split-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try NationalWorkspaceGenerator(provinces: 4, grassroots: 1_200, year: 2024, seed: 3)
            .write(to: folder, pluginFolder: WorkspaceServiceTests.root.appendingPathComponent("plugins"))
        let service = try WorkspaceService(folder: folder.path, log: { _ in })
        let from = CalendarDate(parsing: "2024-01-01")!, to = CalendarDate(parsing: "2024-12-31")!
        let one = try chains(service, folder: folder.path, count: 1)
        let whole = Scheduler(workspace: service.workspace, rules: one[0]).schedule(from: from, to: to)
        let two = try chains(service, folder: folder.path, count: 2)
        let split = Scheduler(workspace: service.workspace, rules: two[0], helpers: [two[1]], splitFrom: 10_000)
            .schedule(from: from, to: to)
        #expect(whole.reports.count > 14_000)
        #expect(split.reports == whole.reports)
        #expect(split.problems.isEmpty && whole.problems.isEmpty)
    }
}
