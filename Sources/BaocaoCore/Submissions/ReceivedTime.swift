import Foundation

/// When a report arrived, as officials write it: `2023-10-30`, `2023-10-30 14:20`,
/// `30/10/2023 14:20` — Vietnam's time (UTC+7), the day alone meaning its start.
public enum ReceivedTime {
    /// Vietnam's offset from UTC, in seconds.
    public static let vietnamOffset = 7 * 3600

    /// The moment `text` names, or nil when it is not a date with an optional `HH:MM[:SS]` (and
    /// an optional ISO 8601 offset, `Z` or `+07:00`; without one, Vietnam's time).
    public static func parse(_ text: String) -> Date? {
        parseCommonForm(text) ?? parseAnyForm(text)
    }

    /// ``parse(_:)`` the general way, for every written form.
    static func parseAnyForm(_ text: String) -> Date? {
        let trimmed = text.trimmedWhitespace
        var parts = trimmed.split(whereSeparator: { $0 == " " || $0 == "T" }).map(String.init)
        guard (1...2).contains(parts.count), let day = CalendarDate(parsing: parts[0]) else { return nil }
        var seconds = 0
        // ISO 8601's offset (`Z`, `+07:00`, `+0700`): the moment it names, whatever the zone.
        var offset = vietnamOffset
        if parts.count == 2, let zone = Self.offset(in: parts[1]) {
            offset = zone.seconds
            parts[1] = zone.clock
        }
        if parts.count == 2 {
            let clock = parts[1].split(separator: ":").map { Int($0) }
            guard (2...3).contains(clock.count), clock.allSatisfy({ $0 != nil }),
                  let hour = clock[0], let minute = clock[1], (0...23).contains(hour), (0...59).contains(minute) else { return nil }
            let second = clock.count == 3 ? clock[2]! : 0
            guard (0...59).contains(second) else { return nil }
            seconds = hour * 3600 + minute * 60 + second
        }
        return Date(timeIntervalSince1970: TimeInterval(day.dayNumber * 86_400 + seconds - offset))
    }

    /// The clock and the offset east of UTC of a time written with an ISO 8601 zone
    /// (`14:20:05Z`, `14:20+07:00`, `14:20:05-0300`); nil without one.
    static func offset(in time: String) -> (clock: String, seconds: Int)? {
        if time.hasSuffix("Z") || time.hasSuffix("z") { return (String(time.dropLast()), 0) }
        guard let sign = time.lastIndex(where: { $0 == "+" || $0 == "-" }) else { return nil }
        let zone = time[time.index(after: sign)...].filter { $0 != ":" }
        guard zone.count == 4, let hours = Int(zone.prefix(2)), let minutes = Int(zone.suffix(2)), hours <= 14, minutes <= 59 else { return nil }
        let seconds = (hours * 3600 + minutes * 60) * (time[sign] == "-" ? -1 : 1)
        return (String(time[..<sign]), seconds)
    }

    /// `text` read from its bytes when it is exactly `YYYY-MM-DD`, or that with a space or a `T`
    /// and `HH:MM`, `H:MM`, `HH:MM:SS` or `H:MM:SS`, in ASCII digits, and names a real moment —
    /// what nearly every file writes, a row at a time, read without splitting it into strings.
    /// Nil for any other text (other forms, days or times that do not exist), which
    /// ``parseAnyForm(_:)`` then reads; for the forms read here both give the same moment.
    static func parseCommonForm(_ text: String) -> Date? {
        let length = text.utf8.count
        guard length == 10 || (15...19).contains(length) else { return nil }
        return text.utf8.withContiguousStorageIfAvailable { bytes -> Date? in
            guard let (year, month, day) = CalendarDate.isoDigits(bytes, at: 0),
                  let date = CalendarDate(year: year, month: month, day: day) else { return nil }
            var seconds = 0
            if length > 10 {
                let colon = UInt8(ascii: ":")
                let hourDigits = bytes[12] == colon ? 1 : 2
                let rest = length - 11 - hourDigits // ":MM" or ":MM:SS"
                guard bytes[10] == UInt8(ascii: " ") || bytes[10] == UInt8(ascii: "T"), rest == 3 || rest == 6,
                      bytes[11 + hourDigits] == colon, let hour = CalendarDate.digits(bytes, 11, hourDigits),
                      let minute = CalendarDate.digits(bytes, 12 + hourDigits, 2), hour <= 23, minute <= 59 else { return nil }
                var second = 0
                if rest == 6 {
                    guard bytes[14 + hourDigits] == colon, let value = CalendarDate.digits(bytes, 15 + hourDigits, 2),
                          value <= 59 else { return nil }
                    second = value
                }
                seconds = hour * 3600 + minute * 60 + second
            }
            return Date(timeIntervalSince1970: TimeInterval(date.dayNumber * 86_400 + seconds - vietnamOffset))
        } ?? nil
    }

    /// The last moment of `day` in Vietnam: what "received by that day" counts up to.
    public static func endOfDay(_ day: CalendarDate) -> Date {
        Date(timeIntervalSince1970: TimeInterval(day.adding(days: 1).dayNumber * 86_400 - vietnamOffset) - 0.001)
    }

    /// Today in Vietnam.
    public static var today: CalendarDate { day(of: Date()) }

    /// The day in Vietnam on which `date` falls.
    public static func day(of date: Date) -> CalendarDate {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + vietnamOffset
        return CalendarDate(dayNumber: Int((Double(seconds) / 86_400).rounded(.down)))
    }

    /// `2023-10-30 14:20` in Vietnam's time.
    public static func text(of date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + vietnamOffset
        let day = CalendarDate(dayNumber: Int((Double(seconds) / 86_400).rounded(.down)))
        let rest = seconds - day.dayNumber * 86_400
        return "\(day) " + String(format: "%02d:%02d", rest / 3600, rest % 3600 / 60)
    }

    /// `2023-10-30T14:20:05+07:00`: ISO 8601 in Vietnam's time with its offset, to the second,
    /// what every JSON the project writes (CLI and portal) gives for a moment.
    public static func iso(of date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + vietnamOffset
        let day = CalendarDate(dayNumber: Int((Double(seconds) / 86_400).rounded(.down)))
        let rest = seconds - day.dayNumber * 86_400
        return "\(day)T" + String(format: "%02d:%02d:%02d", rest / 3600, rest % 3600 / 60, rest % 60) + "+07:00"
    }
}
