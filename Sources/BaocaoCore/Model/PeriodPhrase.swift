import Foundation

/// The other ways a period is written, read into a ``Period`` by ``Period/init(parsing:)``: the
/// DHIS2 forms (`2023Q1`, `2023S1` for the first half, `202305`) and how officials write them
/// ("quý 1/2023", "quý II năm 2023", "6 tháng đầu năm 2023", "9 tháng năm 2023", "tháng 5/2023",
/// "05/2023", "năm 2023"). One parser for command arguments, submission files and the portal.
enum PeriodPhrase {
    /// The period `text` names in one of these forms, or nil.
    static func period(_ text: String) -> Period? {
        let words = text.precomposedStringWithCanonicalMapping.lowercased()
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !words.isEmpty else { return nil }
        // DHIS2: 2023Q1, 2023S1, 202305.
        if let match = words.wholeMatch(of: /(\d{4})q([1-4])/) {
            return Period(kind: .quarter, year: Int(match.1)!, index: Int(match.2)!)
        }
        if let match = words.wholeMatch(of: /(\d{4})s([12])/) {
            return Period(kind: .sixMonths, year: Int(match.1)!, index: Int(match.2)!)
        }
        if let match = words.wholeMatch(of: /(\d{4})(\d{2})/) {
            return Period(kind: .month, year: Int(match.1)!, index: Int(match.2)!)
        }
        // Vietnamese, with or without "báo cáo" / "kỳ" before it.
        var phrase = Substring(words)
        for prefix in ["báo cáo ", "kỳ báo cáo ", "kỳ "] where phrase.hasPrefix(prefix) { phrase = phrase.dropFirst(prefix.count) }
        let rest = String(phrase)
        if let match = rest.wholeMatch(of: /quý (i|ii|iii|iv|[1-4])(?:\/| năm )(\d{4})/) {
            let index = ["i": 1, "ii": 2, "iii": 3, "iv": 4][String(match.1)] ?? Int(match.1)!
            return Period(kind: .quarter, year: Int(match.2)!, index: index)
        }
        if let match = rest.wholeMatch(of: /(?:6|sáu) tháng (đầu|cuối) năm (\d{4})/) {
            return Period(kind: .sixMonths, year: Int(match.2)!, index: match.1 == "đầu" ? 1 : 2)
        }
        if let match = rest.wholeMatch(of: /(?:9|chín) tháng (?:đầu )?năm (\d{4})/) {
            return Period(kind: .nineMonths, year: Int(match.1)!)
        }
        if let match = rest.wholeMatch(of: /tháng (\d{1,2})(?:\/| năm )(\d{4})/) {
            return Period(kind: .month, year: Int(match.2)!, index: Int(match.1)!)
        }
        if let match = rest.wholeMatch(of: /(\d{1,2})\/(\d{4})/) {
            return Period(kind: .month, year: Int(match.2)!, index: Int(match.1)!)
        }
        if let match = rest.wholeMatch(of: /năm (\d{4})/) {
            return Period(kind: .year, year: Int(match.1)!)
        }
        return nil
    }
}
