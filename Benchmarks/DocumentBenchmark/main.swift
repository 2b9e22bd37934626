// document-benchmark: what rendering a province's consolidated report to DOCX costs, side by side
// with pandoc converting the same content from Markdown to DOCX, in one run.
//
//   swift build -c release --product document-benchmark
//   .build/release/document-benchmark [workspace] [period] [as-of] [repetitions]
//
// Default: examples/tay-ninh, 2023, 2023-11-02, 20 repetitions. Measures, each as the median of
// the repetitions:
//   (a) build: the compliance figures, targets, scores, templates and document hooks → the model;
//   (b) write: the model → DOCX bytes (the writer alone);
//   (c) baocao render: the whole command as a process (load, plugins, figures, DOCX, file);
//   (d) pandoc: `pandoc -f markdown -t docx` on the report's own Markdown, as a process.
// The ratios printed are (c)/(d), the command against the command, and (b)/(d).

import BaocaoCore
import BaocaoDocument
import BaocaoLua
import Foundation

let arguments = CommandLine.arguments
let workspacePath = arguments.count > 1 ? arguments[1] : "examples/tay-ninh"
let period = Period(parsing: arguments.count > 2 ? arguments[2] : "2023")!
let asOf = CalendarDate(parsing: arguments.count > 3 ? arguments[3] : "2023-11-02")!
let repetitions = arguments.count > 4 ? Int(arguments[4]) ?? 20 : 20

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

func run(_ executable: String, _ arguments: [String]) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
}

func which(_ name: String) -> String? {
    for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
        let path = "\(folder)/\(name)"
        if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
}

// The workspace, its plugins and the sample submissions the units sent (read from the files, as
// 'baocao ingest' reads them).
let workspace = try WorkspaceLoader(path: workspacePath).load()
let chain = try PluginChain(workspace: workspace, locator: PluginLocator(workspaceFolder: workspacePath, pluginPaths: workspace.pluginPaths))
let directive = workspace.directives[0]
let reader = SubmissionFileReader(workspace: workspace)
let folder = URL(fileURLWithPath: workspacePath).appendingPathComponent("submissions")
var submissions: [Submission] = []
for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where file.hasSuffix(".csv") {
    submissions += try reader.read(url: folder.appendingPathComponent(file), path: file).map(\.submission)
}
let report = ConsolidatedReport(workspace: workspace, directive: directive, period: period, asOf: asOf, submissions: submissions)

var built = report.build(schedule: chain, indicators: chain, scoring: chain, document: chain)
var buildTimes: [Double] = []
for _ in 0..<repetitions {
    buildTimes.append(seconds { built = report.build(schedule: chain, indicators: chain, scoring: chain, document: chain) })
}
var docx = Data()
var writeTimes: [Double] = []
for _ in 0..<repetitions * 10 { writeTimes.append(try seconds { docx = try DOCXWriter().data(for: built.document) }) }
var htmlTimes: [Double] = []
for _ in 0..<repetitions * 10 { htmlTimes.append(seconds { _ = HTMLWriter().text(for: built.document) }) }

let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("document-benchmark-\(getpid())")
try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: scratch) }
let markdown = scratch.appendingPathComponent("report.md")
try Data(MarkdownWriter().text(for: built.document).utf8).write(to: markdown)

print("document-benchmark: \(directive.number ?? directive.id), \(period), as of \(asOf); \(built.compliance.entries.count) reports, \(built.document.blocks.count) blocks, DOCX \(docx.count) bytes")
print("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(ProcessInfo.processInfo.physicalMemory / 1_073_741_824) GiB; median of \(repetitions) runs (writers: \(repetitions * 10))")
func ms(_ value: Double) -> String { String(format: "%8.2f ms", value * 1000) }
let write = median(writeTimes)
print("(a) build the report model    \(ms(median(buildTimes)))")
print("(b) write DOCX (writer alone) \(ms(write))")
print("    write HTML                \(ms(median(htmlTimes)))")

// The command as an official runs it, beside pandoc doing only the conversion.
let binary = URL(fileURLWithPath: arguments[0]).deletingLastPathComponent().appendingPathComponent("baocao").path
var renderTimes: [Double] = []
if FileManager.default.isExecutableFile(atPath: binary) {
    // The command reads submissions from the store: fill a scratch store once.
    let store = scratch.appendingPathComponent("workspace")
    try FileManager.default.copyItem(at: URL(fileURLWithPath: workspacePath), to: store)
    try? FileManager.default.removeItem(at: store.appendingPathComponent(".baocao"))
    // Keep pluginPaths working from the copy.
    let manifest = store.appendingPathComponent("workspace.yaml")
    let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    let absolute = workspace.pluginPaths.map {
        URL(fileURLWithPath: workspacePath, relativeTo: here).absoluteURL.appendingPathComponent($0).standardized.path
    }
    var text = try String(contentsOf: manifest, encoding: .utf8)
    if let range = text.range(of: #"pluginPaths: \[[^\]]*\]"#, options: .regularExpression) {
        text.replaceSubrange(range, with: "pluginPaths: [\(absolute.joined(separator: ", "))]")
    }
    try text.write(to: manifest, atomically: true, encoding: .utf8)
    let files = try FileManager.default.contentsOfDirectory(atPath: store.appendingPathComponent("submissions").path)
        .filter { $0.hasSuffix(".csv") }.map { store.appendingPathComponent("submissions/\($0)").path }
    guard try run(binary, ["ingest", store.path] + files) == 0 else { fatalError("baocao ingest failed on \(store.path)") }
    let output = scratch.appendingPathComponent("baocao.docx").path
    for _ in 0..<repetitions {
        var status: Int32 = 0
        renderTimes.append(try seconds {
            status = try run(binary, ["render", store.path, "--period", period.description, "--as-of", asOf.description, "--output", output])
        })
        guard status == 0 else { fatalError("baocao render failed on \(store.path)") }
    }
    print("(c) baocao render (process)   \(ms(median(renderTimes)))")
} else {
    print("(c) baocao render: build the 'baocao' product beside this one to measure it")
}
if let pandoc = which("pandoc") {
    var pandocTimes: [Double] = []
    let output = scratch.appendingPathComponent("pandoc.docx").path
    for _ in 0..<repetitions {
        pandocTimes.append(try seconds { _ = try run(pandoc, ["-f", "markdown", "-t", "docx", "-o", output, markdown.path]) })
    }
    let pandocTime = median(pandocTimes)
    print("(d) pandoc md → docx          \(ms(pandocTime))")
    if !renderTimes.isEmpty {
        print(String(format: "ratio (c)/(d): baocao render takes %.2f× pandoc's time (it also loads the workspace, runs the plugins and computes the figures)", median(renderTimes) / pandocTime))
    }
    print(String(format: "ratio (b)/(d): the DOCX writer takes %.3f× pandoc's time", write / pandocTime))
} else {
    print("(d) pandoc: not installed (apt-get install pandoc); no ratio")
}
