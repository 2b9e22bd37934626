import Foundation

/// A day in the calendar, without time or time zone: the dates directives speak in.
///
/// Written as `2023-05-09` (ISO) in workspace files and JSON; the Vietnamese day-first forms
/// `09/5/2023` and `9-5-2023` are read too. Only real days are accepted: `2023-02-29` is refused.
public struct CalendarDate: Sendable, Hashable, Comparable, TextRepresentable {
    // Four bytes: a national schedule holds millions of dates.
    private let storedYear: UInt16
    private let storedMonth: UInt8
    private let storedDay: UInt8

    public var year: Int { Int(storedYear) }
    public var month: Int { Int(storedMonth) }
    public var day: Int { Int(storedDay) }

    /// The years a date can fall in: 0001 to 9999, the years written with four digits.
    public static let supportedYears: ClosedRange<Int> = 1...9999
    /// The first day a date can be: 0001-01-01.
    public static let first = CalendarDate(year: 1, month: 1, day: 1)!
    /// The last day a date can be: 9999-12-31.
    public static let last = CalendarDate(year: 9999, month: 12, day: 31)!
    /// The day numbers (see ``dayNumber``) of the dates from ``first`` to ``last``. Written out, so
    /// that the hot ``init(dayNumber:)`` reads constants.
    public static var supportedDayNumbers: ClosedRange<Int> { -719_162...2_932_896 }

    /// Creates a date, or returns nil when the day does not exist or its year is outside
    /// ``supportedYears``.
    public init?(year: Int, month: Int, day: Int) {
        guard Self.supportedYears.contains(year), (1...12).contains(month),
              (1...CalendarDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        storedYear = UInt16(year)
        storedMonth = UInt8(month)
        storedDay = UInt8(day)
    }

    /// Parses `YYYY-MM-DD`, `DD/MM/YYYY` or `DD-MM-YYYY` (one- or two-digit day and month).
    public init?(parsing text: String) {
        if let (year, month, day) = Self.isoDigits(text) {
            self.init(year: year, month: month, day: day)
        } else {
            self.init(parsingAnyForm: text)
        }
    }

    /// ``init(parsing:)`` the general way, for every written form (spaces around, one-digit day
    /// and month, day first).
    init?(parsingAnyForm text: String) {
        let trimmed = text.trimmedWhitespace
        let iso = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        if iso.count == 3, iso[0].count == 4 {
            guard let y = Int(iso[0]), let m = Int(iso[1]), let d = Int(iso[2]), iso[1].count == 2,
                  iso[2].count == 2 else { return nil }
            self.init(year: y, month: m, day: d)
            return
        }
        let separator: Character = trimmed.contains("/") ? "/" : "-"
        let parts = trimmed.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count),
              (1...2).contains(parts[1].count),
              let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Year, month and day of `text` when it is exactly `YYYY-MM-DD` in ASCII digits, read from
    /// its bytes: the form nearly every file writes, read without the splitting and trimming the
    /// other forms need (a submission file has one or two dates a row). Nil for any other text,
    /// which ``init(parsingAnyForm:)`` reads.
    static func isoDigits(_ text: String) -> (year: Int, month: Int, day: Int)? {
        guard text.utf8.count == 10 else { return nil }
        return text.utf8.withContiguousStorageIfAvailable { bytes in isoDigits(bytes, at: 0) } ?? nil
    }

    /// ``isoDigits(_:)`` for the 10 bytes of `bytes` from `start`; the caller has checked that they are there.
    static func isoDigits(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (year: Int, month: Int, day: Int)? {
        let dash = UInt8(ascii: "-")
        guard bytes[start + 4] == dash, bytes[start + 7] == dash,
              let year = digits(bytes, start, 4), let month = digits(bytes, start + 5, 2),
              let day = digits(bytes, start + 8, 2) else { return nil }
        return (year, month, day)
    }

    /// The number written by the `count` ASCII digits of `bytes` from `start`, or nil when one is not a digit.
    static func digits(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for byte in bytes[start..<start + count] {
            let digit = Int(byte) &- 48
            guard digit >= 0, digit <= 9 else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    /// Whether `year` is a leap year in the Gregorian calendar.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in a month of a year.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 (negative before it).
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date `dayNumber` days after 1970-01-01, or nil when that is outside ``first`` … ``last``.
    public init?(validDayNumber dayNumber: Int) {
        guard Self.supportedDayNumbers.contains(dayNumber) else { return nil }
        self.init(dayNumber: dayNumber)
    }

    /// The date `dayNumber` days after 1970-01-01; a number outside ``supportedDayNumbers`` gives
    /// ``first`` or ``last``, the end it passed. Use ``init(validDayNumber:)`` to be told instead.
    public init(dayNumber: Int) {
        let dayNumber = min(max(dayNumber, Self.supportedDayNumbers.lowerBound), Self.supportedDayNumbers.upperBound)
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        storedYear = UInt16(clamping: yoe + era * 400 + (m <= 2 ? 1 : 0))
        storedMonth = UInt8(m)
        storedDay = UInt8(d)
    }

    /// The date `days` days later (earlier when negative); past ``first`` or ``last`` it stays
    /// there. Use ``checkedAdding(days:)`` where `days` comes from outside.
    public func adding(days: Int) -> CalendarDate {
        let (sum, overflow) = dayNumber.addingReportingOverflow(days)
        return CalendarDate(dayNumber: overflow ? (days < 0 ? Int.min : Int.max) : sum)
    }

    /// The date `days` days later (earlier when negative), or nil when it would fall outside
    /// ``first`` … ``last``.
    public func checkedAdding(days: Int) -> CalendarDate? {
        guard daysAllowed.contains(days) else { return nil }
        return CalendarDate(dayNumber: dayNumber + days)
    }

    /// The day counts ``checkedAdding(days:)`` takes from this date: those that keep it between
    /// ``first`` and ``last``.
    public var daysAllowed: ClosedRange<Int> {
        (Self.supportedDayNumbers.lowerBound - dayNumber)...(Self.supportedDayNumbers.upperBound - dayNumber)
    }

    /// Days from this date to `other` (positive when `other` is later).
    public func days(until other: CalendarDate) -> Int { other.dayNumber - dayNumber }

    /// ISO weekday: 1 is Monday, 7 is Sunday.
    public var weekday: Int { ((dayNumber % 7 + 7) % 7 + 3) % 7 + 1 }

    /// `2023-05-09`.
    public var description: String {
        // Not String(format:): a national schedule asks for millions of these.
        Self.padded(year, 4) + "-" + Self.padded(month, 2) + "-" + Self.padded(day, 2)
    }

    /// `value` in decimal with leading zeros up to `width` digits (`-` first when negative).
    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(abs(value))
        let zeros = digits.count < width ? String(repeating: "0", count: width - digits.count) : ""
        return (value < 0 ? "-" : "") + zeros + digits
    }

    /// The formal Vietnamese date line: "ngày 09 tháng 5 năm 2023" (days below 10 and the months
    /// January and February take a leading zero).
    public var vietnameseLong: String {
        let monthText = month <= 2 ? String(format: "%02d", month) : String(month)
        return "ngày \(String(format: "%02d", day)) tháng \(monthText) năm \(year)"
    }

    /// The short day-first form used in citations: "09/5/2023".
    public var vietnameseShort: String {
        "\(String(format: "%02d", day))/\(month)/\(year)"
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.storedYear, lhs.storedMonth, lhs.storedDay) < (rhs.storedYear, rhs.storedMonth, rhs.storedDay)
    }

    public static let expectedForm = "a date like 2023-05-09"
}
