import Foundation

/// One expected report and what became of it: when it first arrived, how many times it was sent,
/// and its state on the day asked.
public struct ComplianceEntry: Sendable, Hashable {
    public var report: DueReport
    public var state: ReportState
    /// The first arrival, which decides on time or late.
    public var firstReceived: Date?
    /// Every submission of it up to the day asked: more than one when it was sent again.
    public var submissions: Int
}
