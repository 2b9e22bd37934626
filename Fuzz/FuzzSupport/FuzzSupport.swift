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
