/// What ingesting one file did.
public enum IngestOutcome: Sendable, Hashable {
    /// The file's submissions were stored.
    case added(Int)
    /// The same content was ingested before; nothing was added.
    case alreadyIngested(path: String, at: String)
}
