import Baocao

/// How `baocao serve` runs: where it listens, the day it judges on, and how large an upload may be.
public struct PortalConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// The day pages judge on when a request names none; nil for today (Vietnam's time).
    public var asOf: CalendarDate?
    /// The largest file a unit may upload, in bytes.
    public var maxUploadBytes: Int

    public init(host: String = "127.0.0.1", port: Int = 8080, asOf: CalendarDate? = nil, maxUploadBytes: Int = 2 * 1024 * 1024) {
        self.host = host
        self.port = port
        self.asOf = asOf
        self.maxUploadBytes = maxUploadBytes
    }
}
