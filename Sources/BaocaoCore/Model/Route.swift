/// The receiver of a report and the channel it goes through: "về UBND tỉnh (qua Sở Nội vụ)",
/// "về LĐLĐ tỉnh (qua Ban CSPL&QHLĐ)".
public struct Route: Sendable, Hashable, Codable {
    public var to: RouteTarget
    /// The channel: a department of the receiver (`ban-cspl-qhld`) or another unit or body
    /// (`so-noi-vu`).
    public var through: UnitID?

    public init(to: RouteTarget, through: UnitID? = nil) {
        self.to = to
        self.through = through
    }
}
