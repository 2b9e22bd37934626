/// Where one report goes, resolved for a unit and a date: the receiving unit or body by id and
/// name, and the channel it goes through. "The direct superior union" has become a unit here.
public struct ResolvedRoute: Sendable, Hashable, Codable {
    /// The receiving unit or external body.
    public var to: UnitID
    public var toName: String
    public var through: Channel?

    public init(to: UnitID, toName: String, through: Channel? = nil) {
        self.to = to
        self.toName = toName
        self.through = through
    }

    /// "UBND tỉnh (qua Sở Nội vụ)".
    public var text: String {
        guard let through else { return toName }
        return "\(toName) (qua \(through.name))"
    }
}
