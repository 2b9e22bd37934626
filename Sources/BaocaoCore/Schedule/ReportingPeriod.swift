/// One period a report is owed for, with its data cut-off window (thời gian chốt số liệu).
///
/// Decree 09/2019/NĐ-CP moves the window off the calendar: the first half-year's report counts
/// data from 15 December of the year before to 14 June. The window starts as the calendar extent
/// and plugins move it.
public struct ReportingPeriod: Sendable, Hashable, Codable {
    public var period: Period
    /// The first day whose data the report counts.
    public var cutoffFrom: CalendarDate
    /// The last day whose data the report counts.
    public var cutoffTo: CalendarDate

    public init(period: Period, cutoffFrom: CalendarDate? = nil, cutoffTo: CalendarDate? = nil) {
        self.period = period
        self.cutoffFrom = cutoffFrom ?? period.start
        self.cutoffTo = cutoffTo ?? period.end
    }
}
