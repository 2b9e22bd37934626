import FuzzSupport

/// libFuzzer's entry: the bytes as what every hook of a plugin hands back.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    fuzzAnswers(data, size)
    return 0
}

/// The program's entry (SwiftPM's name for an executable's main): libFuzzer's driver.
@_cdecl("FuzzAnswers_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    runFuzzer(argc, argv) { data, size in fuzzOneInput(data, size) }
}
