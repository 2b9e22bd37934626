/// One line of the source with its number and its cleaned form (no markdown, single spaces).
struct TextLine: Sendable, Hashable {
    let number: Int
    let raw: String
    let clean: String

    var isBlank: Bool { clean.isEmpty }
    var folded: String { VietnameseText.fold(clean) }

    static func lines(of source: SourceText) -> [TextLine] {
        source.lines.enumerated().map { TextLine(number: $0.offset + 1, raw: $0.element, clean: VietnameseText.clean($0.element)) }
    }
}

/// Small regular-expression helpers over Swift strings.
enum Pattern {
    static func regex(_ pattern: String, caseInsensitive: Bool = false) -> NSRegularExpression {
        try! NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
    }

    /// The capture groups of the first match (nil for a group that took no part), or nil.
    static func groups(_ regex: NSRegularExpression, in text: String) -> [String?]? {
        guard let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return (0..<match.numberOfRanges).map { index in
            Range(match.range(at: index), in: text).map { String(text[$0]) }
        }
    }

    /// Every match, with its groups and the range of the whole match.
    static func matches(_ regex: NSRegularExpression, in text: String) -> [(groups: [String?], range: Range<String.Index>)] {
        regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            guard let whole = Range(match.range, in: text) else { return nil }
            let groups = (0..<match.numberOfRanges).map { index in Range(match.range(at: index), in: text).map { String(text[$0]) } }
            return (groups, whole)
        }
    }
}

import Foundation
