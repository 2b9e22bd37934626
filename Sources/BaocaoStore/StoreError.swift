/// Why the store could not do what was asked. Nothing is half-written: a failed ingest leaves the
/// store as it was.
public enum StoreError: Error, Sendable, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    case write(reason: String)
    case read(reason: String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason): "cannot open the store \(path): \(reason)"
        case .write(let reason): "the store did not take the file (it is unchanged): \(reason)"
        case .read(let reason): "cannot read the store: \(reason)"
        }
    }
}
