import BaocaoCore
import Foundation

/// Dates as directives write them: "ngày 09 tháng 5 năm 2023", "09/5/2023", "9-5-2023", and
/// without a year ("15/12") where the year must come from elsewhere.
enum DateText {
    /// The date forms, as one pattern: group 1–3 day, month, year of "dd/mm/yyyy" or "d-m-yyyy";
    /// groups 4–6 of "ngày dd tháng mm năm yyyy".
    static let pattern = "(\\d{1,2})\\s*[/.\\-–]\\s*(\\d{1,2})\\s*[/.\\-–]\\s*(\\d{4})|(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})"

    static let regex = try! NSRegularExpression(pattern: pattern)

    /// The first date in `text` (with the range it covers), or nil.
    static func first(in text: String) -> (date: CalendarDate, range: Range<String.Index>)? {
        let range = NSRange(text.startIndex..., in: text)
        guard let match = regex.firstMatch(in: text, range: range) else { return nil }
        return date(from: match, in: text).map { ($0, Range(match.range, in: text)!) }
    }

    static func date(from match: NSTextCheckingResult, in text: String) -> CalendarDate? {
        func group(_ index: Int) -> Int? {
            let range = match.range(at: index)
            guard range.location != NSNotFound, let swiftRange = Range(range, in: text) else { return nil }
            return Int(text[swiftRange])
        }
        if let day = group(1), let month = group(2), let year = group(3) {
            return CalendarDate(year: year, month: month, day: day)
        }
        if let day = group(4), let month = group(5), let year = group(6) {
            return CalendarDate(year: year, month: month, day: day)
        }
        return nil
    }

    /// A date at the very start of `text` ("12/01/2023 của…", "ngày 12 tháng 01 năm 2023").
    static func leading(_ text: String) -> (date: CalendarDate, length: Int)? {
        var body = Substring(text)
        var skipped = 0
        if body.lowercased().hasPrefix("ngày ") { body = body.dropFirst(5); skipped = 5 }
        let string = String(body)
        guard let found = first(in: string), found.range.lowerBound == string.startIndex else { return nil }
        return (found.date, skipped + string.distance(from: string.startIndex, to: found.range.upperBound))
    }

    /// "15/12" without a year, read in `year`.
    static func dayMonth(_ text: String, year: Int) -> CalendarDate? {
        let parts = text.split(whereSeparator: { "/-.".contains($0) })
        guard parts.count == 2, let day = Int(parts[0]), let month = Int(parts[1]) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }
}
