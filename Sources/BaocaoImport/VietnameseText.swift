import Foundation

/// Normalisation of Vietnamese text as real transcriptions write it: markdown emphasis, runs of
/// spaces, dashes of every width, old and new tone-mark placement ("hoà"/"hòa"), and a folded
/// form without diacritics for comparing words.
enum VietnameseText {
    /// A line without markdown heading marks, emphasis, quote marks at the start, and surrounding
    /// or repeated spaces: "## **2. Liên đoàn…**" is "2. Liên đoàn…".
    static func clean(_ line: String) -> String {
        var text = line.replacingOccurrences(of: "\t", with: " ")
        text = text.trimmingCharacters(in: .whitespaces)
        while text.hasPrefix("#") { text.removeFirst() }
        while text.hasPrefix(">") { text.removeFirst() }
        text = text.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
        text = text.replacingOccurrences(of: "*", with: "")
        return collapseSpaces(text)
    }

    /// Single spaces, none at the ends.
    static func collapseSpaces(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// Every kind of dash as "-".
    static func plainDashes(_ text: String) -> String {
        String(text.map { "–—‐‑‒−".contains($0) ? "-" : $0 })
    }

    /// A document number without spaces and with plain dashes: "22 /KH - LĐLĐ" is "22/KH-LĐLĐ".
    static func compactNumber(_ text: String) -> String {
        plainDashes(text).filter { !$0.isWhitespace }
    }

    /// The text lower-cased without diacritics, "đ" as "d", punctuation other than "&" and "/"
    /// as spaces, spaces collapsed: "Ban CSPL&QHLĐ" and "ban cspl&qhld" fold alike, and so do
    /// "Tỉnh uỷ" and "Tỉnh ủy".
    static func fold(_ text: String) -> String {
        let lowered = text.lowercased().replacingOccurrences(of: "đ", with: "d")
        let stripped = lowered.applyingTransform(.stripDiacritics, reverse: false) ?? lowered
        let mapped = stripped.map { character -> Character in
            if character.isLetter || character.isNumber || character == "&" || character == "/" { return character }
            return " "
        }
        return collapseSpaces(String(mapped))
    }

    /// Whether every letter of `text` is a capital, and it has some: "PHÓ CHỦ TỊCH".
    static func isAllCaps(_ text: String) -> Bool {
        let letters = text.filter(\.isLetter)
        return !letters.isEmpty && letters.allSatisfy { $0.isUppercase }
    }

    /// "NỘI DUNG TRIỂN KHAI" as "Nội dung triển khai"; `names` (such as the place, "Bến Tre") keep
    /// their capitals.
    static func sentenceCase(_ text: String, keeping names: [String] = []) -> String {
        var result = text.lowercased()
        for name in names where !name.isEmpty {
            result = result.replacingOccurrences(of: name.lowercased(), with: name)
        }
        guard let first = result.first else { return result }
        return String(first).uppercased() + result.dropFirst()
    }

    /// The part of `line` that equals `needle` when case is ignored, in the line's own capitals:
    /// finds "Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh" for "ĐẢNG ỦY KHỐI CƠ QUAN - DOANH NGHIỆP TỈNH".
    static func findIgnoringCase(_ needle: String, in line: String) -> String? {
        let hay = Array(line), target = Array(needle.lowercased())
        guard !target.isEmpty, hay.count >= target.count else { return nil }
        let lowered = hay.map { Character(String($0).lowercased()) }
        outer: for start in 0...(hay.count - target.count) {
            for offset in 0..<target.count where lowered[start + offset] != target[offset] { continue outer }
            return String(hay[start..<(start + target.count)])
        }
        return nil
    }

    /// The text without a trailing list punctuation: "Sở Nội vụ;" is "Sở Nội vụ".
    static func trimListPunctuation(_ text: String) -> String {
        var result = text.trimmingCharacters(in: .whitespaces)
        while let last = result.last, ";,.".contains(last) {
            result.removeLast()
            result = result.trimmingCharacters(in: .whitespaces)
        }
        return result
    }

    /// Words inside parentheses that only spell an abbreviation out, removed: "Tổng Liên đoàn Lao
    /// động (LĐLĐ) Việt Nam" is "Tổng Liên đoàn Lao động Việt Nam".
    static func withoutAbbreviations(_ text: String) -> String {
        guard let regex = try? NSRegularExpression(pattern: "\\s*\\([\\p{Lu}&]{2,10}\\)") else { return text }
        let range = NSRange(text.startIndex..., in: text)
        return collapseSpaces(regex.stringByReplacingMatches(in: text, range: range, withTemplate: ""))
    }
}
