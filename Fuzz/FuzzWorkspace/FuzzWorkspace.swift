import FuzzSupport

/// libFuzzer's entry: the bytes as workspace.yaml.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    fuzzWorkspace(data, size)
    return 0
}
