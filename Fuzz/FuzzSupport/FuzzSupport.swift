import Baocao
import Foundation

// What the libFuzzer targets run on one input (each run from the repository's root). Any error
// the code under test reports is fine; a crash, a hang or a leak is not, and libFuzzer stops on it
// with the input that caused it.

nonisolated(unsafe) let tayNinh = try! WorkspaceLoader(path: "examples/tay-ninh").load()
let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-fuzz-\(ProcessInfo.processInfo.processIdentifier)")

/// The bytes as a file of submissions for the Tây Ninh example, read by the reader of `ext`.
public func fuzzSubmissions(_ data: UnsafePointer<UInt8>, _ size: Int, ext: String) {
    try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    let file = scratch.appendingPathComponent("fuzz.\(ext)")
    guard (try? Data(bytes: data, count: size).write(to: file)) != nil else { return }
    _ = try? SubmissionFileReader(workspace: tayNinh).read(url: file, path: "fuzz.\(ext)")
}

nonisolated(unsafe) let workspaceCopy: URL = {
    let folder = scratch.appendingPathComponent("workspace")
    try? FileManager.default.removeItem(at: folder)
    try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    try! FileManager.default.copyItem(at: URL(fileURLWithPath: "examples/tay-ninh"), to: folder)
    try? FileManager.default.removeItem(at: folder.appendingPathComponent(".baocao"))
    return folder
}()

/// The bytes as workspace.yaml beside the Tây Ninh example's units and directive, loaded and checked.
public func fuzzWorkspace(_ data: UnsafePointer<UInt8>, _ size: Int) {
    guard (try? Data(bytes: data, count: size).write(to: workspaceCopy.appendingPathComponent("workspace.yaml"))) != nil else { return }
    _ = try? WorkspaceLoader(path: workspaceCopy.path).load()
}

/// The bytes as a directive's text (invalid UTF-8 repaired, as reading a file does) through
/// import's extractor and builder, matched to the Tây Ninh example.
public func fuzzImport(_ data: UnsafePointer<UInt8>, _ size: Int) {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let matcher = UnitMatcher(tree: tayNinh.organisation, province: tayNinh.province)
    _ = DirectiveBuilder(draft: DirectiveExtractor(source: SourceText(path: "fuzz.txt", text: text)).extract(), matcher: matcher).build()
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32) -> Int32

/// Runs libFuzzer with the command line: SwiftPM links an executable's `main` to
/// `<Target>_main`, which each target defines by calling this.
public func runFuzzer(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>,
                      _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32) -> Int32 {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, callback)
}

/// A copy of the Tây Ninh example with a plugin `fuzz` last in its chain, whose every hook returns
/// what the global `answer()` builds; the example's submissions stored once.
nonisolated(unsafe) let answerService: WorkspaceService = {
    let folder = scratch.appendingPathComponent("answers")
    try? FileManager.default.removeItem(at: folder)
    try! FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    try! FileManager.default.copyItem(at: URL(fileURLWithPath: "examples/tay-ninh"), to: folder)
    try? FileManager.default.removeItem(at: folder.appendingPathComponent(".baocao"))
    let plugin = folder.appendingPathComponent("plugins/fuzz")
    try! FileManager.default.createDirectory(at: plugin, withIntermediateDirectories: true)
    let hooks = ["calendar", "periods", "route", "deadline", "validate", "indicator", "score", "document"]
    try! """
        name: fuzz
        version: 0.0.1
        api: 1
        hooks: [\(hooks.joined(separator: ", "))]
        after: [national]
        """.write(to: plugin.appendingPathComponent("plugin.yaml"), atomically: true, encoding: .utf8)
    try! ("function answer() return nil end\nreturn {\n" + hooks.map { "  \($0) = function() return answer() end," }.joined(separator: "\n") + "\n}\n")
        .write(to: plugin.appendingPathComponent("plugin.lua"), atomically: true, encoding: .utf8)
    let manifest = folder.appendingPathComponent("workspace.yaml")
    let repository = FileManager.default.currentDirectoryPath
    let text = try! String(contentsOf: manifest, encoding: .utf8)
        .replacingOccurrences(of: "plugins: [national, tay-ninh]", with: "plugins: [national, tay-ninh, fuzz]")
        .replacingOccurrences(of: "pluginPaths: [../../plugins]", with: "pluginPaths: [plugins, \(repository)/plugins]\npluginLimits: { callSeconds: 0.5, totalSeconds: 2 }")
    try! text.write(to: manifest, atomically: true, encoding: .utf8)
    let service = try! WorkspaceService(folder: folder.path, log: { _ in })
    let submissions = try! FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("submissions").path)
        .filter { $0.hasSuffix(".csv") }.sorted().map { folder.appendingPathComponent("submissions/\($0)").path }
    service.ingest(files: submissions) { _, _ in }
    return service
}()

/// The bytes as the answer of every hook of a plugin in Tây Ninh's chain (see ``AnswerProgram``),
/// through the schedule, indicators, a score and the report: each hook's answer decoded and
/// checked, never a crash, a hang or a runaway allocation.
public func fuzzAnswers(_ data: UnsafePointer<UInt8>, _ size: Int) {
    let source = AnswerProgram.source(UnsafeBufferPointer(start: data, count: size))
    let service = answerService
    guard (try? service.withPlugins({ chain in
        try chain.runtimes.first { $0.name == "fuzz" }!.lua.run(source, chunkName: "=fuzz answer")
    })) != nil else { return }
    let asOf = CalendarDate(year: 2023, month: 11, day: 2)!, year = Period(kind: .year, year: 2023)!
    _ = try? service.schedule(from: CalendarDate(year: 2023, month: 10, day: 20)!, to: asOf)
    guard let directive = try? service.directive() else { return }
    _ = try? service.indicators(directive: directive, period: year, asOf: asOf)
    _ = try? service.score(unit: "ldld-go-dau", directive: directive, period: year, asOf: asOf)
    _ = try? service.report(directive: directive, period: year, asOf: asOf)
}
