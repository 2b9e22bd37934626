import BaocaoCore
import Foundation

/// Reads the documents a text cites: "Kế hoạch số 98 – KH/BDVTU ngày 12/01/2023 của Ban Dân vận
/// Tỉnh ủy", "Quyết định 217-QĐ/TW", "Tổng Liên đoàn … đã ban hành Hướng dẫn số 726/HD-TLĐ ngày
/// 02/6/2014". Type from the words before the number (or the number's abbreviation), date after
/// "ngày", issuer after "của" — or, for a document the sentence's subject "đã ban hành", that subject.
struct CitationReader {
    static let typeNames: [(String, DirectiveType)] = [
        ("Kế hoạch", .plan), ("Công văn", .officialLetter), ("Thông tri", .partyCircular), ("Thông tư", .circular),
        ("Quyết định", .decision), ("Quy định", .regulation), ("Hướng dẫn", .guidance), ("Chỉ thị", .instruction),
        ("Chương trình", .programme), ("Nghị định", .decree), ("Nghị quyết", .resolution), ("Kết luận", .conclusion),
        ("Báo cáo", .report), ("Thông báo", .notice), ("Đề án", .scheme), ("Luật", .law),
    ]
    static let number = Pattern.regex("(?<![\\p{L}\\d/])(\\d{1,5}(?:\\s*[-–—/]\\s*[\\p{L}\\d&]+)+)")
    static let typeBefore = Pattern.regex(
        "(" + typeNames.map(\.0).joined(separator: "|") + ")(?:\\s+\\p{Ll}+){0,2}\\s+(?:số\\s+)?$", caseInsensitive: true)
    static let dateAfter = Pattern.regex("^\\s*,?\\s*(?:ban hành\\s+)?ngày\\s+")
    static let ofIssuer = Pattern.regex("^\\s*,?\\s*của\\s+(\\p{Lu}.*)$")
    static let issuerStops = [" về", " thực hiện", " phối hợp", " ban hành", " hướng dẫn", " quy định", " Quy định",
                              " (", " khóa", " khoá", " Khóa", ",", ";", ".", " đối với", " trong ", " nhằm", " tại ",
                              " theo ", " và các ", "”", "“", " đã ", " năm ", ":"]
    static let bodyHeads = ["Tổng Liên đoàn", "Liên đoàn", "LĐLĐ", "Ban", "Bộ", "Đảng đoàn", "Đảng ủy", "Đoàn", "Thủ tướng",
                            "Chính phủ", "UBND", "Ủy ban", "Uỷ ban", "Tỉnh ủy", "Tỉnh uỷ", "Chủ tịch", "Sở", "Hội đồng",
                            "Văn phòng", "Công đoàn"]
    static let nameWords: Set<String> = ["đoàn", "động", "vụ", "ủy", "uỷ", "vận", "tỉnh", "huyện", "đảng", "sự", "cán",
                                         "chính", "trị", "tịch", "tướng", "phủ", "khối", "nghiệp", "quan", "hành",
                                         "ương", "thư", "nội", "lao", "dân", "nhân", "thường", "trực", "-", "và"]

    /// The citations in one line, in order.
    static func citations(in text: String, line: Int) -> [DraftLegalBasis] {
        var found: [DraftLegalBasis] = []
        for match in Pattern.matches(number, in: text) {
            guard let raw = match.groups[1] else { continue }
            let compact = VietnameseText.compactNumber(raw)
            guard compact.contains("/"), compact.contains(where: \.isLetter) else { continue }
            let before = String(text[..<match.range.lowerBound])
            var type: DirectiveType?
            if let groups = Pattern.groups(typeBefore, in: before), let name = groups[1] {
                type = typeNames.first { $0.0.lowercased() == name.lowercased() }?.1
            } else if before.lowercased().hasSuffix("số ") || before.hasSuffix(" ") {
                if let found = HeaderReader.abbreviation(of: compact) {
                    type = HeaderReader.type(ofAbbreviation: found.abbreviation, party: found.party)
                }
                // Only a number after "số" or a document word counts; a bare "2021-2025" does not.
                if !before.lowercased().hasSuffix("số ") { type = nil }
            }
            guard let type else { continue }
            var rest = String(text[match.range.upperBound...])
            var date: CalendarDate?
            if let dateMatch = dateAfter.firstMatch(in: rest, range: NSRange(rest.startIndex..., in: rest)),
               let range = Range(dateMatch.range, in: rest) {
                let afterWord = String(rest[range.upperBound...])
                if let leading = DateText.leading(afterWord) {
                    date = leading.date
                    rest = String(afterWord.dropFirst(leading.length))
                }
            }
            var issuer: String?
            if let groups = Pattern.groups(ofIssuer, in: rest), let tail = groups[1] {
                issuer = cutIssuer(tail)
            } else {
                var clause = before
                if let range = before.range(of: "(" + typeNames.map(\.0).joined(separator: "|") + ")(\\s+\\p{Ll}+){0,2}\\s+(số\\s+)?$",
                                            options: [.regularExpression, .caseInsensitive]) {
                    clause = String(before[..<range.lowerBound])
                }
                issuer = publisher(before: clause)
            }
            found.append(DraftLegalBasis(type: type, number: compact, date: date, issuer: issuer, line: line))
        }
        return found
    }

    /// "Ban Dân vận Tỉnh ủy và Ban cán sự đảng UBND tỉnh về công tác …" → the name before "về".
    static func cutIssuer(_ tail: String) -> String? {
        var end = tail.endIndex
        for stop in issuerStops {
            if let range = tail.range(of: stop), range.lowerBound < end { end = range.lowerBound }
        }
        let name = VietnameseText.withoutAbbreviations(String(tail[..<end]).trimmingCharacters(in: .whitespaces))
        guard !name.isEmpty, name.count <= 90 else { return nil }
        return name
    }

    /// For a citation that opens its clause in a sentence "X đã ban hành …; …", the body X.
    static func publisher(before: String) -> String? {
        let sentence = before.components(separatedBy: ". ").last ?? before
        let trimmed = sentence.trimmingCharacters(in: .whitespaces)
        let clauseStart = trimmed.hasSuffix(";")
            || trimmed.range(of: "đã ban hành(\\s+\\S+){0,2}(\\s+số)?$", options: .regularExpression) != nil
        guard clauseStart, let range = sentence.range(of: " đã ban hành", options: .backwards) else { return nil }
        let words = sentence[..<range.lowerBound].split(separator: " ").map(String.init)
        var name: [String] = []
        for word in words.reversed() {
            let accepted = word.first?.isUppercase == true || word.hasPrefix("(") || nameWords.contains(word)
            guard accepted else { break }
            name.insert(word, at: 0)
        }
        // "… của tổ chức công đoàn Tổng Liên đoàn …": start at a word that begins a body's name.
        while !name.isEmpty, !bodyHeads.contains(where: { name.joined(separator: " ").hasPrefix($0) }) {
            name.removeFirst()
        }
        guard !name.isEmpty else { return nil }
        return VietnameseText.withoutAbbreviations(name.joined(separator: " "))
    }
}
