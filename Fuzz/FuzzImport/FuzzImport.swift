import FuzzSupport

/// libFuzzer's entry: the bytes as a directive's text through import.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    fuzzImport(data, size)
    return 0
}
