import Baocao
import Foundation

/// How `baocao serve` runs: where it listens, the day it judges on, how large an upload may be,
/// how long a request may take and how long a stopping server waits for requests in flight.
public struct PortalConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// The day pages judge on when a request names none; nil for today (Vietnam's time).
    public var asOf: CalendarDate?
    /// The largest file a unit may upload, in bytes.
    public var maxUploadBytes: Int
    /// How long a request's work (its questions to the service and the page built from them) may
    /// take, waiting for a thread included; past it the request answers 503 and its work, if it
    /// is still running, goes on in the background until the plugins' own limits end it.
    public var requestTimeLimit: Duration
    /// How long a server told to stop (SIGTERM, SIGINT) waits for requests in flight before it
    /// cancels them (see ``Portal/run()``).
    public var shutdownGracePeriod: Duration
    /// When uploads with wrong tokens are slowed, then refused (429).
    public var wrongTokens: WrongTokenLimits
    /// How long an answer is served again at most while the store is unchanged (see `AnswerCache`).
    public var answerLifetime: Duration
    /// Where the portal says what it refused (an address locked out after wrong tokens): standard
    /// error by default.
    public var log: @Sendable (String) -> Void

    public init(host: String = "127.0.0.1", port: Int = 8080, asOf: CalendarDate? = nil, maxUploadBytes: Int = 2 * 1024 * 1024,
                requestTimeLimit: Duration = .seconds(30), shutdownGracePeriod: Duration = .milliseconds(500),
                wrongTokens: WrongTokenLimits = WrongTokenLimits(), answerLifetime: Duration = .seconds(60),
                log: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }) {
        self.host = host
        self.port = port
        self.asOf = asOf
        self.maxUploadBytes = maxUploadBytes
        self.requestTimeLimit = requestTimeLimit
        self.shutdownGracePeriod = shutdownGracePeriod
        self.wrongTokens = wrongTokens
        self.answerLifetime = answerLifetime
        self.log = log
    }
}
