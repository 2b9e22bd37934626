import Foundation

/// A report a unit handed in for one obligation and period: its values, its narrative, and when it
/// arrived. A resubmission is another `Submission`; the store keeps them all.
public struct Submission: Sendable, Hashable, Codable {
    public var directive: DirectiveID
    public var obligation: ObligationID
    public var unit: UnitID
    public var period: Period
    /// The values, by field id.
    public var values: [FieldID: FieldValue]
    /// The written account, when there is one.
    public var narrative: String?
    /// When the report arrived at the receiver.
    public var receivedAt: Date
    /// The file it came from, for tracing.
    public var source: String?

    public init(directive: DirectiveID, obligation: ObligationID, unit: UnitID, period: Period,
                values: [FieldID: FieldValue] = [:], narrative: String? = nil, receivedAt: Date,
                source: String? = nil) {
        self.directive = directive
        self.obligation = obligation
        self.unit = unit
        self.period = period
        self.values = values
        self.narrative = narrative
        self.receivedAt = receivedAt
        self.source = source
    }
}
