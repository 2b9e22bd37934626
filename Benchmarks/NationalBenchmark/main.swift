// national-benchmark: the national pipeline on a synthetic national workspace (126,000 grassroots
// unions under 34 provinces, a year of monthly reports), in one run, beside the sqlite3 command
// running one SQL query for the same status over the same store.
//
//   swift build -c release --product national-benchmark
//   .build/release/national-benchmark [folder] [grassroots] [provinces]
//
// Default: out/national, 126000, 34 (the workspace is written there when it is not, with
// 'baocao generate's generator, seed 1, year 2024). Measures, once each, in this order:
//   generate (not part of the pipeline), load, schedule (the year, every unit, through the
//   plugins), ingest (every file of the year into a new store as 'baocao ingest' stores many files:
//   read on every core with one Lua state per worker, written in order, one transaction per file), status of the nation and of one
//   province for June, indicators for June, render of the June report as DOCX;
//   and beside the two statuses: sqlite3 running one SQL query that counts, per report, on time
//   and late from the same store (the deadlines put in as constants).
// Prints seconds (and the CPU seconds of all threads, to show how much of the cores a stage used),
// peak memory (max RSS) and the ratios status / sqlite3.

import Baocao
import Foundation

let arguments = CommandLine.arguments
let folder = arguments.count > 1 ? arguments[1] : "out/national"
let grassroots = arguments.count > 2 ? Int(arguments[2]) ?? 126_000 : 126_000
let provinces = arguments.count > 3 ? Int(arguments[3]) ?? 34 : 34
let year = 2024
let month = Period(parsing: "\(year)-06")!
let asOf = CalendarDate(parsing: "\(year)-12-31")!

/// Seconds of CPU this process has used, on all its threads.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}
/// The CPU seconds of the last ``seconds(_:)``: beside the wall time, it shows how much of the
/// two cores a stage kept busy.
nonisolated(unsafe) var lastCPU = 0.0

func seconds<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = DispatchTime.now().uptimeNanoseconds, cpu = cpuSeconds()
    let value = try body()
    lastCPU = cpuSeconds() - cpu
    return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}

/// Peak resident memory of this process (or of its finished children), in MiB.
func peakMiB(children: Bool = false) -> Double {
    var usage = rusage()
    getrusage(children ? RUSAGE_CHILDREN.rawValue : RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

func format(_ value: Double) -> String { String(format: "%8.3f", value) }

func report(_ stage: String, _ time: Double, _ note: String = "") {
    print("\(stage.padding(toLength: 34, withPad: " ", startingAt: 0)) \(format(time)) s  cpu \(format(lastCPU)) s   \(note)")
}

// generate
let url = URL(fileURLWithPath: folder)
let generator = NationalWorkspaceGenerator(provinces: provinces, grassroots: grassroots, year: year, seed: 1)
if !FileManager.default.fileExists(atPath: url.appendingPathComponent("workspace.yaml").path) {
    let (summary, time) = try seconds { try generator.write(to: url, pluginFolder: URL(fileURLWithPath: "plugins")) }
    print("generated \(folder): \(summary.units) units, \(summary.submissions) submissions in \(summary.submissionFiles.count) files "
          + "(\(String(format: "%.1f", time)) s; not part of the pipeline)")
}
try? FileManager.default.removeItem(at: url.appendingPathComponent(".baocao"))
let files = try FileManager.default.subpathsOfDirectory(atPath: url.appendingPathComponent("submissions").path)
    .filter { $0.hasSuffix(".csv") }.sorted().map { url.appendingPathComponent("submissions/\($0)").path }

print("national pipeline: \(folder), \(ProcessInfo.processInfo.activeProcessorCount) cores")
let total = DispatchTime.now().uptimeNanoseconds

// load
let (service, loadTime) = try seconds { try WorkspaceService(folder: folder, log: { _ in }) }
report("load", loadTime, "\(service.workspace.organisation.units.count) units")

// schedule
let (schedule, scheduleTime) = try seconds {
    try service.schedule(from: CalendarDate(parsing: "\(year)-01-01")!, to: CalendarDate(parsing: "\(year)-12-31")!)
}
report("schedule (the year, plugins)", scheduleTime, "\(schedule.value.reports.count) reports due")

// ingest: as 'baocao ingest' does with many files: read and checked on every core (one plugin
// chain, so one Lua state, per worker), stored one by one in order by the single writer.
var ingested = 0
let (_, ingestTime) = seconds {
    var failed: [String] = []
    service.ingest(files: files) { file, answer in
        switch answer {
        case .success(let answer): if case .added(let count) = answer.value.outcome { ingested += count }
        case .failure(let error): failed.append("\(file): \(error)")
        }
    }
    if !failed.isEmpty { fatalError("ingest failed: \(failed.prefix(3))") }
}
report("ingest (the year)", ingestTime, "\(ingested) submissions from \(files.count) files")

// status
let (nation, nationTime) = try seconds { try service.status(period: month, asOf: asOf) }
let rate = nation.value.byLevel.map { "\($0.group) \($0.onTime)/\($0.late)/\($0.missing)" }.joined(separator: ", ")
report("status, nation (\(month))", nationTime, "\(nation.value.entries.count) reports: on time/late/missing \(rate)")
let province = NationalWorkspaceGenerator.provinceID(NationalWorkspaceGenerator.provinces[0].name)
let (one, provinceTime) = try seconds { try service.status(period: month, asOf: asOf, under: province) }
report("status, one province (\(province))", provinceTime, "\(one.value.entries.count) reports")

// indicators
let directive = try service.directive()
let (indicators, indicatorTime) = try seconds { try service.indicators(directive: directive, period: month, asOf: asOf) }
report("indicators (\(month))", indicatorTime, indicators.value.map { "\($0.target.id): \($0.achieved.map { String(format: "%.3f", $0) } ?? "-")" }.joined(separator: ", "))

// render
let (docx, renderTime) = try seconds {
    try DocumentFormat.docx.data(for: service.report(directive: directive, period: month, asOf: asOf).value.document)
}
report("render (\(month) report, DOCX)", renderTime, "\(docx.count / 1024) KiB")

let pipeline = Double(DispatchTime.now().uptimeNanoseconds - total) / 1e9
let peak = peakMiB()
print("\("whole pipeline".padding(toLength: 34, withPad: " ", startingAt: 0)) \(format(pipeline)) s   peak memory \(String(format: "%.0f", peak)) MiB")

// The same status with sqlite3: one SQL query over the same store, the deadlines as constants.
func endOfDay(_ day: CalendarDate) -> Double {
    // The end of the day in Vietnam's time (UTC+7), as the status judges it.
    ReceivedTime.endOfDay(day).timeIntervalSince1970
}
let deadlines = Dictionary(nation.value.entries.compactMap { entry in entry.report.deadline.map { (entry.report.obligation, $0) } },
                           uniquingKeysWith: { a, b in max(a, b) })
let cases = deadlines.map { "WHEN '\($0.key)' THEN \(endOfDay($0.value))" }.joined(separator: " ")
func sql(_ filter: String) -> String {
    """
    SELECT obligation, SUM(first <= deadline), SUM(first > deadline), COUNT(*) FROM (
      SELECT obligation, unit, MIN(received_at) AS first, CASE obligation \(cases) END AS deadline
      FROM submission WHERE period = '\(month)' AND received_at <= \(endOfDay(asOf)) \(filter)
      GROUP BY obligation, unit)
    GROUP BY obligation;
    """
}
func sqlite3(_ query: String, database: String = url.appendingPathComponent(".baocao/store.sqlite").path) throws -> (String, Double) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    process.arguments = [database, query]
    let output = Pipe()
    process.standardOutput = output
    let (data, time) = try seconds {
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }
    return (String(decoding: data, as: UTF8.self), time)
}
guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") else {
    print("sqlite3 is not installed (apt-get install sqlite3): no baseline"); exit(0)
}
let slug = String(province.dropFirst("ldld-".count))
var (_, sqlNation) = try sqlite3(sql(""))
var (_, sqlProvince) = try sqlite3(sql("AND (unit = '\(province)' OR unit LIKE 'cd-%-\(slug)' OR unit LIKE 'cdcs-\(slug)-%')"))
// The best of three, for both sides: the machine is shared.
for _ in 0..<2 {
    sqlNation = min(sqlNation, try sqlite3(sql("")).1)
    sqlProvince = min(sqlProvince, try sqlite3(sql("AND (unit = '\(province)' OR unit LIKE 'cd-%-\(slug)' OR unit LIKE 'cdcs-\(slug)-%')")).1)
}
var bestNation = nationTime, bestProvince = provinceTime
for _ in 0..<2 {
    bestNation = min(bestNation, try seconds { try service.status(period: month, asOf: asOf) }.1)
    bestProvince = min(bestProvince, try seconds { try service.status(period: month, asOf: asOf, under: province) }.1)
}
print()
print("status beside sqlite3 (best of 3 each; sqlite3 as a process):")
print("  nation:   baocao \(format(bestNation)) s   sqlite3 \(format(sqlNation)) s   ratio \(String(format: "%.2f", bestNation / sqlNation))")
print("  province: baocao \(format(bestProvince)) s   sqlite3 \(format(sqlProvince)) s   ratio \(String(format: "%.2f", bestProvince / sqlProvince))")
// The floor under ingest: sqlite3 alone copying the year's stored rows into an empty store of the
// same schema (WAL, synchronous NORMAL, the same index), one INSERT … SELECT per file as ingest
// writes one transaction per file, with nothing to read, check or convert. Ingest cannot be
// faster than this with one SQLite writer.
let floorStore = url.appendingPathComponent(".baocao/floor.sqlite").path
for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: floorStore + suffix) }
// Each file's rows are consecutive ids: copied by range, which SQLite seeks to.
let fileRanges = try sqlite3("SELECT source_file_id, MIN(id), MAX(id) FROM submission GROUP BY source_file_id ORDER BY 1;").0
    .split(separator: "\n").map { $0.split(separator: "|") }
let copies = fileRanges.map { range in
    """
    BEGIN IMMEDIATE;
    INSERT INTO source_file SELECT * FROM old.source_file WHERE id = \(range[0]);
    INSERT INTO submission SELECT * FROM old.submission WHERE id BETWEEN \(range[1]) AND \(range[2]);
    COMMIT;
    """
}.joined(separator: "\n")
let (_, floorTime) = try sqlite3("""
    PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;
    ATTACH '\(url.appendingPathComponent(".baocao/store.sqlite").path)' AS old;
    CREATE TABLE source_file (id INTEGER PRIMARY KEY AUTOINCREMENT, path TEXT NOT NULL, sha256 TEXT NOT NULL UNIQUE,
      ingested_at TEXT NOT NULL, rows INTEGER NOT NULL, retracted_at TEXT, retracted_by TEXT, retraction_reason TEXT, method TEXT);
    CREATE TABLE submission (id INTEGER PRIMARY KEY AUTOINCREMENT, source_file_id INTEGER NOT NULL REFERENCES source_file(id),
      row INTEGER NOT NULL, directive TEXT NOT NULL, obligation TEXT NOT NULL, unit TEXT NOT NULL, period TEXT NOT NULL,
      received_at DOUBLE NOT NULL, narrative TEXT, field_values TEXT NOT NULL, declared_received_at DOUBLE);
    CREATE INDEX submission_by_period ON submission(period, directive);
    \(copies)
    """, database: floorStore)
for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: floorStore + suffix) }
print("ingest beside sqlite3 copying the same rows into an empty store (one transaction per file):")
print("  ingest \(format(ingestTime)) s   sqlite3 \(format(floorTime)) s   ratio \(String(format: "%.2f", ingestTime / floorTime))")

print("targets: whole pipeline ≤ 10 s: \(pipeline <= 10 ? "met" : "NOT met"); peak ≤ 2048 MiB: \(peak <= 2048 ? "met" : "NOT met"); "
      + "status ≤ 2× sqlite3: \(bestNation / sqlNation <= 2 ? "met" : "NOT met") (nation), \(bestProvince / sqlProvince <= 2 ? "met" : "NOT met") (province)")

/// A value behind a lock.
final class Mutex<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()
    init(_ value: Value) { self.value = value }
    func withLock<T>(_ body: (inout Value) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
