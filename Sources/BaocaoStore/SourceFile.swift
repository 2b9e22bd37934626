/// A file of submissions the store took in.
public struct SourceFile: Sendable, Hashable {
    public var id: Int64
    /// The path as the user named it.
    public var path: String
    /// SHA-256 of the content: the same content is taken in once.
    public var sha256: String
    /// ISO 8601.
    public var ingestedAt: String
    public var rows: Int
}
