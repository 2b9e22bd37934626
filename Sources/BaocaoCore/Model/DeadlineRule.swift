/// A deadline stated the way reporting regimes state it, worked out for every period: "chậm nhất
/// ngày 15 của tháng cuối kỳ" (day 15 of the period's last month), "ngày 05 của tháng sau kỳ báo
/// cáo" (of the month after), "trước ngày 10/11 hằng năm" (a fixed day every year), with other
/// days for some levels or period kinds, at least some working days before the receiver's own
/// report, or some working days after the reports it consolidates.
///
/// Written in a directive file as a mapping under `deadline:` (a date there is a fixed deadline,
/// ``ReportingObligation/deadline``). The schedule works it out before the plugins, which see it
/// as `due.deadline` and may still change it.
public struct DeadlineRule: Sendable, Hashable, Codable {
    /// Which month a deadline day falls in.
    public enum Month: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The period's last month ("tháng cuối kỳ").
        case last
        /// The month after the period ("tháng sau kỳ báo cáo").
        case next
        /// This month (1–12) of the period's year ("ngày 10/11 hằng năm").
        case fixed(Int)

        public var description: String {
            switch self {
            case .last: "last"
            case .next: "next"
            case .fixed(let month): "\(month)"
            }
        }
    }

    /// A day of a month, with other days for some levels.
    public struct Day: Sendable, Hashable, Codable {
        /// 1–31; a day past the month's end is its last day.
        public var day: Int
        public var month: Month
        /// Other days for units of these levels: communes by the 10th, districts by the 15th.
        public var levels: [LevelID: Int]

        public init(day: Int, month: Month = .last, levels: [LevelID: Int] = [:]) {
            self.day = day
            self.month = month
            self.levels = levels
        }

        /// The day for a unit of `level`, in the month of `period` this rule names; nil when that
        /// day cannot be written (a year past 9999).
        public func date(for period: Period, level: LevelID?) -> CalendarDate? {
            let last = period.end
            var (year, month) = (last.year, last.month)
            switch self.month {
            case .last: break
            case .next:
                (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1)
            case .fixed(let fixed): month = fixed
            }
            guard (1...9999).contains(year) else { return nil }
            let wanted = level.flatMap { levels[$0] } ?? day
            return CalendarDate(year: year, month: month, day: min(wanted, CalendarDate.daysIn(month: month, year: year)))
        }
    }

    /// The day for every period kind without one of its own; nil when only ``kinds`` give days.
    public var day: Day?
    /// A day of their own for some period kinds: the yearly report "trước ngày 10/11 hằng năm".
    public var kinds: [PeriodKind: Day]
    /// At least this many working days before the receiver's own report of the same chain
    /// (Decree 09/2019 asks for one; a regime may ask for more).
    public var beforeReceiver: Int?
    /// This many working days after the latest deadline of the reports the obligation
    /// consolidates (`consolidates:`), worked out from their own rules: a consolidating
    /// department reports once its contributors have.
    public var afterConsolidated: Int?

    public init(day: Day? = nil, kinds: [PeriodKind: Day] = [:], beforeReceiver: Int? = nil, afterConsolidated: Int? = nil) {
        self.day = day
        self.kinds = kinds
        self.beforeReceiver = beforeReceiver
        self.afterConsolidated = afterConsolidated
    }

    /// The day the rule gives `period` for a unit of `level`, before working days are counted:
    /// nil when it gives none for this kind of period.
    public func day(for period: Period, level: LevelID?) -> CalendarDate? {
        (kinds[period.kind] ?? day)?.date(for: period, level: level)
    }
}
