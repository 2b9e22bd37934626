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
    /// When the report arrived at the receiver: for a file handed in on the portal, the server's
    /// clock when it took the file; for a file an official ingests, the time its `received`
    /// column gives (the office's incoming register), never after the moment of ingest.
    public var receivedAt: Date
    /// What the file's `received` column said, when the arrival was taken from the server's clock
    /// instead (a unit's word is kept, beside, but does not decide on time or late).
    public var declaredReceivedAt: Date?
    /// The file it came from, for tracing.
    public var source: String?
    /// When the report this answers first arrived, when this is a later arrival handed on as the
    /// report's latest state (by ``IndicatorEvaluator``): the first complete arrival decides on
    /// time or late, the latest decides the values. Nil when this is the first arrival.
    public var firstReceivedAt: Date?

    public init(directive: DirectiveID, obligation: ObligationID, unit: UnitID, period: Period,
                values: [FieldID: FieldValue] = [:], narrative: String? = nil, receivedAt: Date,
                source: String? = nil, declaredReceivedAt: Date? = nil) {
        self.directive = directive
        self.obligation = obligation
        self.unit = unit
        self.period = period
        self.values = values
        self.narrative = narrative
        self.receivedAt = receivedAt
        self.source = source
        self.declaredReceivedAt = declaredReceivedAt
    }
}
