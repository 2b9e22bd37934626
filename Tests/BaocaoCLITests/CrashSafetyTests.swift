import BaocaoStore
import Foundation
import Testing

/// `baocao ingest` killed with SIGKILL at random points, and two `baocao ingest` processes into one
/// store at once: the store always opens, passes `PRAGMA integrity_check`, and holds each file
/// whole or not at all; nothing sent by two offices at once is lost.
///
/// `make test` runs a short series; `make stress` sets `BAOCAO_STRESS=1` for a long one.
@Suite("Crash safety and concurrent ingest", .serialized)
struct CrashSafetyTests {
    static let stress = ProcessInfo.processInfo.environment["BAOCAO_STRESS"] != nil
    /// SIGKILL trials: at least 50 in every run.
    static let killTrials = stress ? 500 : 50
    static let concurrentRounds = stress ? 20 : 3

    let ingest = IngestCommandTests()

    /// A file of `rows` grassroots self-assessments (resubmissions of the same reports at
    /// different times): valid, and different in content from every other file made here.
    func submissionFile(_ name: String, rows: Int, in folder: URL, salt: Int) throws -> URL {
        let units = try String(contentsOf: CLITests.root.appendingPathComponent("examples/tay-ninh/grassroots.csv"), encoding: .utf8)
            .split(separator: "\n").dropFirst().map { String($0.split(separator: ",")[0]) }
        var text = "directive,obligation,unit,period,received,co_ke_hoach,thuc_hien_dan_chu,thuc_hien_nd145,xep_loai,narrative\n"
        for row in 0..<rows {
            let minute = (row + salt * 7) % 60, hour = 8 + (row / 60 + salt) % 9
            text += "439/KH-LĐLĐ,tu-danh-gia-cdcs,\(units[row % units.count]),2023,2023-10-\(10 + salt % 18) "
                + "\(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute),có,có,,Tốt,tệp \(name) dòng \(row)\n"
        }
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// Runs `baocao` with `arguments`, its output discarded.
    /// - Parameter errors: A file to keep the process's standard error in (dropped otherwise).
    func start(_ arguments: [String], errors: URL? = nil) throws -> Process {
        let process = Process()
        process.executableURL = CLITests.binary
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        if let errors {
            FileManager.default.createFile(atPath: errors.path, contents: nil)
            process.standardError = try FileHandle(forWritingTo: errors)
        } else {
            process.standardError = FileHandle.nullDevice
        }
        try process.run()
        return process
    }

    /// The store's problems, and the files it holds (path → rows).
    func inspect(_ workspace: URL) throws -> (problems: [String], files: [String: Int]) {
        let store = try SubmissionStore(workspaceFolder: workspace.path)
        let files = Dictionary(try store.sourceFiles().map { ($0.path, $0.rows) }, uniquingKeysWith: { a, _ in a })
        return (try store.integrityProblems(), files)
    }

    @Test("Killed with SIGKILL at random points, ingest leaves every file whole or absent")
    func sigkill() throws {
        let workspace = try ingest.scratchWorkspace()
        defer { try? FileManager.default.removeItem(at: workspace.deletingLastPathComponent().deletingLastPathComponent()) }
        let sizes = [200, 400, 600, 300]
        let files = try sizes.enumerated().map { index, rows in
            try submissionFile("kill-\(index).csv", rows: rows, in: workspace, salt: index)
        }
        let expected = Dictionary(uniqueKeysWithValues: zip(files.map(\.path), sizes))
        let arguments = ["ingest", workspace.path] + files.map(\.path)
        let store = workspace.appendingPathComponent(".baocao")

        // One run to the end: how long a whole run takes is the range the kills are spread over.
        let clock = ContinuousClock()
        let started = clock.now
        let whole = try start(arguments)
        whole.waitUntilExit()
        let duration = clock.now - started
        #expect(whole.terminationStatus == 0)
        #expect(try inspect(workspace).files == expected)
        let span = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18

        var generator = SystemRandomNumberGenerator()
        var partial = 0, complete = 0, empty = 0
        for trial in 0..<Self.killTrials {
            // Every other trial starts from an empty store; the others go on from what the last kill left.
            if trial % 2 == 0 { try? FileManager.default.removeItem(at: store) }
            let process = try start(arguments)
            usleep(UInt32(Double.random(in: 0...span, using: &generator) * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let (problems, stored) = try inspect(workspace)
            #expect(problems.isEmpty, "trial \(trial): \(problems)")
            for (path, rows) in stored {
                #expect(expected[path] == rows, "trial \(trial): \(path) holds \(rows) rows")
            }
            switch stored.count {
            case 0: empty += 1
            case files.count: complete += 1
            default: partial += 1
            }
        }
        // After the last kill, the same command finishes the job.
        let finish = try start(arguments)
        finish.waitUntilExit()
        #expect(finish.terminationStatus == 0)
        let final = try inspect(workspace)
        #expect(final.problems.isEmpty)
        #expect(final.files == expected)
        print("SIGKILL: \(Self.killTrials) trials over \(String(format: "%.2f", span)) s: \(empty) with no file, "
              + "\(partial) with some files, \(complete) with all; every store intact")
    }

    @Test("Two ingest processes into one store at once lose nothing")
    func concurrentIngest() throws {
        let workspace = try ingest.scratchWorkspace()
        defer { try? FileManager.default.removeItem(at: workspace.deletingLastPathComponent().deletingLastPathComponent()) }
        for round in 0..<Self.concurrentRounds {
            try? FileManager.default.removeItem(at: workspace.appendingPathComponent(".baocao"))
            let mine = try (0..<3).map { try submissionFile("a-\(round)-\($0).csv", rows: 300, in: workspace, salt: $0) }
            let theirs = try (0..<3).map { try submissionFile("b-\(round)-\($0).csv", rows: 300, in: workspace, salt: 3 + $0) }
            // The same file sent by both offices: stored once.
            let shared = try submissionFile("shared-\(round).csv", rows: 200, in: workspace, salt: 9)
            let errors = (workspace.appendingPathComponent("first-\(round).err"), workspace.appendingPathComponent("second-\(round).err"))
            let first = try start(["ingest", workspace.path] + mine.map(\.path) + [shared.path], errors: errors.0)
            let second = try start(["ingest", workspace.path, shared.path] + theirs.map(\.path), errors: errors.1)
            first.waitUntilExit()
            second.waitUntilExit()
            #expect(first.terminationStatus == 0, "round \(round): \((try? String(contentsOf: errors.0, encoding: .utf8)) ?? "")")
            #expect(second.terminationStatus == 0, "round \(round): \((try? String(contentsOf: errors.1, encoding: .utf8)) ?? "")")
            let (problems, stored) = try inspect(workspace)
            #expect(problems.isEmpty)
            let expected = Dictionary(uniqueKeysWithValues: (mine + theirs).map { ($0.path, 300) })
            #expect(stored.filter { $0.key != shared.path } == expected, "round \(round)")
            #expect(stored[shared.path] == 200, "round \(round): the shared file")
            #expect(stored.count == 7)
        }
    }
}
