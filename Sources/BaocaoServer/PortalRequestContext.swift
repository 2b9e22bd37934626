import Hummingbird
import NIOCore

/// A request's context in the portal: Hummingbird's core context, and the address the request
/// came from, by which wrong tokens are counted (``TokenThrottle``).
public struct PortalRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The connection's peer; nil when there is none (the router driven directly, in tests).
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    /// The address as the log and the throttle name it: "127.0.0.1", or "unknown".
    var address: String {
        remoteAddress?.ipAddress ?? remoteAddress?.pathname ?? "unknown"
    }
}
