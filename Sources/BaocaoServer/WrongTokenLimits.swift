/// How the portal slows and then refuses uploads with wrong tokens (see ``PortalConfiguration``
/// and `TokenThrottle`): `baocao serve --wrong-tokens N --wrong-tokens-per-unit N --lockout-minutes N`.
public struct WrongTokenLimits: Sendable, Equatable {
    /// Failures from one address, within ``window``, after which its uploads are refused.
    public var refuseAfter = 10
    /// Failures for one unit, from anywhere, after which uploads for it are refused.
    public var refuseAfterForUnit = 30
    /// After this many failures (for the address or the unit), answers wait ``delay`` first: 30 %
    /// of ``refuseAfter``.
    public var delayAfter = 3
    public var delay: Duration = .seconds(1)
    /// How long failures are counted for.
    public var window: Duration = .seconds(600)
    /// How long uploads are refused once a limit is reached.
    public var lockout: Duration = .seconds(900)
    /// The most addresses and units followed at once.
    public var tracked = 10_000

    public init() {}

    public init(refuseAfter: Int, refuseAfterForUnit: Int, lockout: Duration) {
        self.refuseAfter = refuseAfter
        self.refuseAfterForUnit = refuseAfterForUnit
        self.lockout = lockout
        delayAfter = max(1, refuseAfter * 3 / 10)
    }
}
