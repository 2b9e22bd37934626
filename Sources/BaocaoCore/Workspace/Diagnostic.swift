/// One problem found in a workspace, where it is and what to do about it, printed the way
/// compilers print them so that editors can jump to it:
/// `examples/tay-ninh/units.yaml:12:13: unit 'cdcs-001' has parent 'ldld-huyen-x', but no unit has that id`.
public struct Diagnostic: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    public var location: SourceLocation
    /// Plain words: what is wrong and what is expected.
    public var message: String

    public init(_ location: SourceLocation, _ message: String) {
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): \(message)" }

    /// Thrown by a reader when the problem was already reported where it started (a reference to
    /// a unit whose own entry was invalid); the log does not record it again.
    static let alreadyReported = Diagnostic(SourceLocation(file: "", line: 0, column: 0), "")
}
