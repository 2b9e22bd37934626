import Foundation

/// When the submissions of a file arrived, which decides whether each was on time: the server's
/// clock for a file a unit hands in on the portal (whatever its `received` column says), the
/// file's own times for one an official ingests from the office's incoming register.
public enum IngestArrival: Sendable {
    /// As the file's `received` column says; a time after the moment of ingest is refused.
    case declared
    /// At this moment of the server's clock, for every row; what the file declared is kept
    /// beside (``Submission/declaredReceivedAt``).
    case serverClock(Date)

    /// How far ahead of the machine's clock a declared time may be (clocks of two offices differ).
    static let tolerance: TimeInterval = 5 * 60

    /// What the store records of how the file came in.
    var method: String {
        switch self {
        case .declared: "cli"
        case .serverClock: "portal"
        }
    }
}
