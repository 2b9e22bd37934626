import Foundation

/// When a report arrived, as officials write it: `2023-10-30`, `2023-10-30 14:20`,
/// `30/10/2023 14:20` — Vietnam's time (UTC+7), the day alone meaning its start — or as programs
/// write it, in ISO 8601 with the offset from UTC and seconds, perhaps with a fraction:
/// `2023-10-30T14:20:05+07:00`, `2023-10-30T07:20:05.25Z` (what `baocao export` writes).
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
        let parts = trimmed.split(whereSeparator: { $0 == " " || $0 == "T" }).map(String.init)
        guard (1...2).contains(parts.count), let day = CalendarDate(parsing: parts[0]) else { return nil }
        var seconds = 0.0
        var offset = vietnamOffset
        if parts.count == 2 {
            guard let (clockText, zone) = zone(of: Substring(parts[1])) else { return nil }
            offset = zone ?? vietnamOffset
            let clock = clockText.split(separator: ":", omittingEmptySubsequences: false)
            // Digits only, one or two of them: `8::45`, `8:+5` and `008:45` are not times.
            guard (2...3).contains(clock.count), clock.prefix(2).allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(isDigit) }),
                  let hour = Int(clock[0]), let minute = Int(clock[1]),
                  (0...23).contains(hour), (0...59).contains(minute) else { return nil }
            var second = 0.0
            if clock.count == 3 {
                // Whole seconds, or with a fraction after a point: `05`, `05.25`.
                let pieces = clock[2].split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
                guard let whole = Int(pieces[0]), (0...59).contains(whole) else { return nil }
                second = Double(whole)
                if pieces.count == 2 {
                    guard !pieces[1].isEmpty, pieces[1].allSatisfy(isDigit), let fraction = Double("0." + pieces[1]) else { return nil }
                    second += fraction
                }
            }
            seconds = Double(hour * 3600 + minute * 60) + second
        }
        return Date(timeIntervalSince1970: TimeInterval(day.dayNumber * 86_400 - offset) + seconds)
    }

    /// The clock of `time` and the offset from UTC (in seconds) written after it: `Z`, `+07:00`,
    /// `+0700` or `+07`; nil for the offset when none is written; nil for both when what follows
    /// the clock is no offset.
    static func zone(of time: Substring) -> (clock: Substring, offset: Int?)? {
        if time.hasSuffix("Z") { return (time.dropLast(), 0) }
        guard let sign = time.lastIndex(where: { $0 == "+" || $0 == "-" }) else { return (time, nil) }
        let written = String(time[time.index(after: sign)...])
        let digits = written.count == 5 && written.dropFirst(2).first == ":" ? written.replacingOccurrences(of: ":", with: "") : written
        guard !time[..<sign].isEmpty, digits.count == 2 || digits.count == 4, digits.allSatisfy(isDigit),
              let hours = Int(digits.prefix(2)), let minutes = Int(digits.count == 4 ? digits.suffix(2) : "00"),
              hours <= 14, minutes <= 59 else { return nil }
        let offset = hours * 3600 + minutes * 60
        return (time[..<sign], time[sign] == "-" ? -offset : offset)
    }

    private static func isDigit(_ character: Character) -> Bool { ("0"..."9").contains(character) }

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

    /// `2023-10-30T14:20:05+07:00`: ISO 8601 in Vietnam's time with its offset, to the second, and
    /// to the microsecond when the moment is not a whole second (an upload the portal's clock
    /// timed); ``parse(_:)`` reads it back to the same moment, within a microsecond.
    public static func iso8601(_ date: Date) -> String {
        let microseconds = Int((date.timeIntervalSince1970 * 1_000_000).rounded(.down))
        let fraction = (microseconds % 1_000_000 + 1_000_000) % 1_000_000
        let seconds = (microseconds - fraction) / 1_000_000
        let local = seconds + vietnamOffset
        let day = CalendarDate(dayNumber: Int((Double(local) / 86_400).rounded(.down)))
        let rest = local - day.dayNumber * 86_400
        var text = "\(day)T" + String(format: "%02d:%02d:%02d", rest / 3600, rest % 3600 / 60, rest % 60)
        if fraction > 0 {
            var digits = String(format: "%06d", fraction)
            while digits.hasSuffix("0") { digits.removeLast() }
            text += "." + digits
        }
        return text + "+07:00"
    }

    /// `2023-10-30 14:20` in Vietnam's time.
    public static func text(of date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + vietnamOffset
        let day = CalendarDate(dayNumber: Int((Double(seconds) / 86_400).rounded(.down)))
        let rest = seconds - day.dayNumber * 86_400
        return "\(day) " + String(format: "%02d:%02d", rest / 3600, rest % 3600 / 60)
    }
}
