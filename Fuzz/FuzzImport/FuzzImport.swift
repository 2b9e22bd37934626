import FuzzSupport

/// libFuzzer's entry: the bytes as a directive's text through import.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    fuzzImport(data, size)
    return 0
}

/// The program's entry (SwiftPM's name for an executable's main): libFuzzer's driver.
@_cdecl("FuzzImport_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    runFuzzer(argc, argv) { data, size in fuzzOneInput(data, size) }
}
