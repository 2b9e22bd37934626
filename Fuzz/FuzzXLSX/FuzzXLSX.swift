import FuzzSupport

/// libFuzzer's entry: a file of submissions read as .xlsx.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    fuzzSubmissions(data, size, ext: "xlsx")
    return 0
}

/// The program's entry (SwiftPM's name for an executable's main): libFuzzer's driver.
@_cdecl("FuzzXLSX_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    runFuzzer(argc, argv) { data, size in fuzzOneInput(data, size) }
}
