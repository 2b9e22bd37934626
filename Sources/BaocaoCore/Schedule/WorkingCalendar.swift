/// Which days are working days: Monday to Friday, less the days off, plus the weekend days
/// declared worked. Deadlines "in working days" (Decree 09/2019: a lower body reports at least one
/// working day before the body above it) are counted on it.
public struct WorkingCalendar: Sendable, Hashable {
    private var special: [CalendarDate: CalendarDay]

    /// A calendar with these special days (a later entry for the same date wins).
    public init(days: [CalendarDay] = []) {
        special = Dictionary(days.map { ($0.date, $0) }, uniquingKeysWith: { _, last in last })
    }

    /// Adds or replaces special days.
    public mutating func add(_ days: [CalendarDay]) {
        for day in days { special[day.date] = day }
    }

    /// The special days, in date order.
    public var days: [CalendarDay] { special.values.sorted { $0.date < $1.date } }

    /// The special days of one year, in date order.
    public func days(in year: Int) -> [CalendarDay] { days.filter { $0.date.year == year } }

    /// The holiday or day off on `date`, if it is one.
    public func dayOff(on date: CalendarDate) -> CalendarDay? {
        special[date].flatMap { $0.isWorkingDay ? nil : $0 }
    }

    /// Whether `date` is a working day.
    public func isWorkingDay(_ date: CalendarDate) -> Bool {
        if let day = special[date] { return day.isWorkingDay }
        return date.weekday <= 5
    }

    /// The working day `count` working days after `date` (before it when negative). With 0,
    /// `date` itself. A walk that would pass ``CalendarDate/first`` or ``CalendarDate/last``
    /// stops there; use ``checkedAdding(workingDays:to:)`` to be told instead.
    public func adding(workingDays count: Int, to date: CalendarDate) -> CalendarDate {
        checkedAdding(workingDays: count, to: date) ?? (count < 0 ? .first : .last)
    }

    /// The working day `count` working days after `date` (before it when negative), or nil when
    /// it would fall outside ``CalendarDate/first`` … ``CalendarDate/last``. With 0, `date` itself.
    public func checkedAdding(workingDays count: Int, to date: CalendarDate) -> CalendarDate? {
        var current = date
        var remaining = count.magnitude
        let step = count < 0 ? -1 : 1
        while remaining > 0 {
            guard let next = current.checkedAdding(days: step) else { return nil }
            current = next
            if isWorkingDay(current) { remaining -= 1 }
        }
        return current
    }

    /// `date` when it is a working day, else the next one after it (``CalendarDate/last`` when
    /// none comes before it; ``checkedWorkingDay(onOrAfter:)`` says so instead).
    public func workingDay(onOrAfter date: CalendarDate) -> CalendarDate {
        checkedWorkingDay(onOrAfter: date) ?? .last
    }

    /// `date` when it is a working day, else the last one before it (``CalendarDate/first`` when
    /// none comes after it; ``checkedWorkingDay(onOrBefore:)`` says so instead).
    public func workingDay(onOrBefore date: CalendarDate) -> CalendarDate {
        checkedWorkingDay(onOrBefore: date) ?? .first
    }

    /// `date` when it is a working day, else the next one after it; nil when there is none up to
    /// ``CalendarDate/last``.
    public func checkedWorkingDay(onOrAfter date: CalendarDate) -> CalendarDate? { walk(from: date, step: 1) }

    /// `date` when it is a working day, else the last one before it; nil when there is none back
    /// to ``CalendarDate/first``.
    public func checkedWorkingDay(onOrBefore date: CalendarDate) -> CalendarDate? { walk(from: date, step: -1) }

    private func walk(from date: CalendarDate, step: Int) -> CalendarDate? {
        var current = date
        while !isWorkingDay(current) {
            guard let next = current.checkedAdding(days: step) else { return nil }
            current = next
        }
        return current
    }
}
