/// A value read from a directive's text, with the line it came from.
///
/// Every value an import finds carries its source line (1-based, in the file as given; for a
/// `.docx`, the paragraph's position), so that `baocao import --explain` can show the value beside
/// the words it was read from and a person can check it.
public struct Extracted<Value: Sendable & Hashable>: Sendable, Hashable {
    public var value: Value
    /// The 1-based line of the source text the value was read from.
    public var line: Int

    public init(_ value: Value, line: Int) {
        self.value = value
        self.line = line
    }
}
