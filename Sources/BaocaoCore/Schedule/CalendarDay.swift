/// A day the working calendar treats specially: a public holiday or announced day off, or a
/// weekend day declared a working day (the Saturdays worked in exchange for a bridge holiday).
public struct CalendarDay: Sendable, Hashable, Codable {
    public var date: CalendarDate
    /// "Tết Nguyên đán", "Quốc khánh".
    public var name: String
    /// True for a weekend day that is worked ("làm bù"); false for a day off.
    public var isWorkingDay: Bool

    public init(date: CalendarDate, name: String, isWorkingDay: Bool = false) {
        self.date = date
        self.name = name
        self.isWorkingDay = isWorkingDay
    }
}
