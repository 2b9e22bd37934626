import FuzzSupport

/// libFuzzer's entry: a file of submissions read as .csv.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    fuzzSubmissions(data, size, ext: "csv")
    return 0
}
