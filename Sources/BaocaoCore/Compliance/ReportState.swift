/// Where one expected report stands on a given day.
public enum ReportState: Sendable, Hashable, Codable, CustomStringConvertible {
    /// It arrived on or before its deadline.
    case onTime
    /// It arrived this many days after its deadline.
    case late(days: Int)
    /// Its deadline has passed and nothing arrived.
    case missing
    /// Nothing arrived yet, and its deadline has not passed (or it has none).
    case notYetDue

    public var isReceived: Bool {
        switch self {
        case .onTime, .late: true
        case .missing, .notYetDue: false
        }
    }

    /// "on time", "late 5 days", "missing", "not yet due".
    public var description: String {
        switch self {
        case .onTime: "on time"
        case .late(let days): "late \(days) day\(days == 1 ? "" : "s")"
        case .missing: "missing"
        case .notYetDue: "not yet due"
        }
    }
}
