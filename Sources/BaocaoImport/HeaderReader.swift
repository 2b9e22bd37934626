import BaocaoCore
import Foundation

/// Reads the heading of a directive: the issuer's header lines, the national or Party motto, the
/// number, the place and date, the document type, the subject and the addressees ("Kính gửi").
/// Records where the body starts.
struct HeaderReader {
    let lines: [TextLine]

    /// Where the heading's parts are (indices into `lines`).
    struct Anchors {
        var motto: Int?
        var partyMotto = false
        var number: Int?
        var date: Int?
        var title: Int?
        var regarding: Int?
        var addressees: Int?
        /// The first line after the heading.
        var bodyStart = 0
    }

    static let numberPattern = Pattern.regex("^Số\\s*(:)?\\s*(\\d.*)$", caseInsensitive: true)
    static let datePattern = Pattern.regex("^([\\p{L}][\\p{L} .'\\-]{1,40}?)\\s*,\\s*(?:ngày\\s+)?(\\d{1,2}.*)$")
    static let headingLimit = 60

    func read(into draft: inout DirectiveDraft) -> Anchors {
        var anchors = Anchors()
        let limit = min(lines.count, Self.headingLimit)
        for index in 0..<limit {
            let line = lines[index]
            guard !line.isBlank else { continue }
            let folded = line.folded
            if anchors.motto == nil, folded.contains("cong hoa xa hoi chu nghia viet nam") {
                anchors.motto = index
            } else if anchors.motto == nil, folded == "dang cong san viet nam" {
                anchors.motto = index
                anchors.partyMotto = true
            } else if anchors.number == nil, Pattern.groups(Self.numberPattern, in: line.clean) != nil {
                anchors.number = index
            } else if anchors.date == nil, Self.placeAndDate(line.clean) != nil {
                anchors.date = index
            } else if anchors.regarding == nil, folded.hasPrefix("v/v") {
                anchors.regarding = index
            } else if anchors.title == nil, Self.titleType(line.clean) != nil {
                anchors.title = index
            } else if anchors.addressees == nil, folded.hasPrefix("kinh gui") {
                anchors.addressees = index
            }
        }

        readNumberAndKind(anchors, into: &draft)
        readPlaceAndDate(anchors, into: &draft)
        readHeaderIssuer(anchors, into: &draft)
        readType(anchors, into: &draft)
        let subjectEnd = readSubject(anchors, into: &draft)
        let addresseesEnd = readAddressees(anchors, into: &draft)
        let ends = [anchors.number, anchors.date, anchors.title, anchors.regarding, anchors.motto, subjectEnd, addresseesEnd]
        anchors.bodyStart = (ends.compactMap { $0 }.max() ?? -1) + 1
        // The motto's second line ("Độc lập - Tự do - Hạnh phúc") belongs to the heading too.
        while anchors.bodyStart < lines.count, lines[anchors.bodyStart].folded.contains("doc lap tu do hanh phuc") {
            anchors.bodyStart += 1
        }
        return anchors
    }

    // MARK: Number and layout

    private func readNumberAndKind(_ anchors: Anchors, into draft: inout DirectiveDraft) {
        var partyNumber: Bool?
        if let index = anchors.number, let groups = Pattern.groups(Self.numberPattern, in: lines[index].clean),
           let rest = groups[2] {
            let number = VietnameseText.trimListPunctuation(VietnameseText.compactNumber(rest))
            if Self.looksLikeNumber(number) {
                draft.number = Extracted(number, line: lines[index].number)
                partyNumber = groups[1] == nil && number.range(of: "^\\d+-[^/]+/", options: .regularExpression) != nil
            } else {
                draft.miss("number", "the line 'Số …' holds '\(rest)', which is not a document number such as 439/KH-LĐLĐ", line: lines[index].number)
            }
        } else {
            draft.miss("number", "no line 'Số: …' (or 'Số …') in the heading: the text carries no number")
        }
        if let motto = anchors.motto {
            draft.kind = Extracted(anchors.partyMotto ? .party : .state, line: lines[motto].number)
        } else if let partyNumber, let line = draft.number?.line {
            draft.kind = Extracted(partyNumber ? .party : .state, line: line)
        } else {
            draft.miss("kind", "neither a motto (CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / ĐẢNG CỘNG SẢN VIỆT NAM) nor a number tells state from Party layout")
        }
    }

    /// "439/KH-LĐLĐ", "558-CV/ĐUK", "145/2020/NĐ-CP": digits, a slash, letters.
    static func looksLikeNumber(_ text: String) -> Bool {
        text.range(of: "^\\d+[-/][\\p{L}\\d&/\\-]*\\p{L}[\\p{L}\\d&/\\-]*$", options: .regularExpression) != nil
            && text.contains("/")
    }

    // MARK: Place and date

    static func placeAndDate(_ text: String) -> (place: String, date: CalendarDate)? {
        guard let groups = Pattern.groups(datePattern, in: text), let place = groups[1], let rest = groups[2] else { return nil }
        let folded = VietnameseText.fold(place)
        guard !folded.hasPrefix("so "), folded != "so", !folded.hasPrefix("ngay"),
              let found = DateText.leading(rest), found.length >= 6 else { return nil }
        return (place.trimmingCharacters(in: .whitespaces), found.date)
    }

    private func readPlaceAndDate(_ anchors: Anchors, into draft: inout DirectiveDraft) {
        guard let index = anchors.date, let found = Self.placeAndDate(lines[index].clean) else {
            draft.miss("place", "no place-and-date line such as 'Tây Ninh, ngày 09 tháng 5 năm 2023' in the heading")
            draft.miss("date", "no place-and-date line such as 'Tây Ninh, ngày 09 tháng 5 năm 2023' in the heading")
            return
        }
        draft.place = Extracted(found.place, line: lines[index].number)
        draft.date = Extracted(found.date, line: lines[index].number)
    }

    // MARK: Issuer header

    /// The capitals above the motto, number and date: "ĐẢNG BỘ TỈNH BẾN TRE / ĐẢNG ỦY KHỐI / CƠ
    /// QUAN - DOANH NGHIỆP TỈNH". The first line is the superior, the rest the issuer.
    private func readHeaderIssuer(_ anchors: Anchors, into draft: inout DirectiveDraft) {
        let stop = [anchors.motto, anchors.number, anchors.date, anchors.title, anchors.regarding].compactMap { $0 }.min() ?? 0
        let header = lines[0..<stop].filter { !$0.isBlank && VietnameseText.isAllCaps($0.clean) && !$0.folded.contains("doc lap") }
        guard let first = header.first else { return }
        let places = [draft.place?.value, "Việt Nam"].compactMap { $0 }
        if header.count == 1 {
            draft.issuer = Extracted(properCase(first.clean, places: places), line: first.number)
            return
        }
        draft.superior = Extracted(properCase(first.clean, places: places), line: first.number)
        let issuer = header.dropFirst().map(\.clean).joined(separator: " ")
        draft.issuer = Extracted(properCase(issuer, places: places), line: header[1].number)
    }

    /// The capitals of a header in the case the body writes the same words: the longest run of
    /// words the body has as a phrase ("Liên đoàn Lao động tỉnh"), then the next run, and a word
    /// the body has only alone in lower case when it ever writes it so ("tỉnh", not "Tỉnh" of
    /// "Tỉnh ủy"), else as written there ("LĐLĐ"); place names keep their capitals; the first word
    /// is capitalised.
    private func properCase(_ capitals: String, places: [String]) -> String {
        let body = lines.filter { !VietnameseText.isAllCaps($0.clean) }.map(\.clean)
        var spellings: [String: Set<String>] = [:]
        for line in body {
            for word in line.split(whereSeparator: { !$0.isLetter }) { spellings[word.lowercased(), default: []].insert(String(word)) }
        }
        let words = capitals.split(separator: " ").map(String.init)
        var result: [String] = []
        var index = 0
        while index < words.count {
            var matched = false
            for end in stride(from: words.count, to: index + 1, by: -1) {
                let phrase = words[index..<end].joined(separator: " ")
                if let found = body.lazy.compactMap({ VietnameseText.findIgnoringCase(phrase, in: $0) }).first {
                    result.append(found)
                    index = end
                    matched = true
                    break
                }
            }
            if matched { continue }
            let key = words[index].lowercased()
            let seen = spellings[key] ?? []
            result.append(seen.contains(key) || seen.isEmpty ? key : seen.sorted().first!)
            index += 1
        }
        var text = result.joined(separator: " ")
        for place in places where !place.isEmpty {
            text = text.replacingOccurrences(of: place.lowercased(), with: place)
        }
        guard let first = text.first else { return text }
        return String(first).uppercased() + text.dropFirst()
    }

    // MARK: Type

    static func titleType(_ text: String) -> DirectiveType? {
        let trimmed = VietnameseText.trimListPunctuation(text)
        guard VietnameseText.isAllCaps(trimmed), trimmed.count <= 20 else { return nil }
        return DirectiveType(name: trimmed.lowercased())
    }

    /// The type's abbreviation inside a number: KH of 439/KH-LĐLĐ, CV of 558-CV/ĐUK, NĐ of 145/2020/NĐ-CP.
    static func abbreviation(of number: String) -> (abbreviation: String, party: Bool)? {
        if let groups = Pattern.groups(Pattern.regex("^\\d+-([\\p{L}]+)/"), in: number), let abbreviation = groups[1] {
            return (abbreviation, true)
        }
        let parts = number.split(separator: "/").dropFirst()
        guard let part = parts.first(where: { $0.contains(where: \.isLetter) }) else { return nil }
        return (String(part.split(separator: "-").first ?? part), false)
    }

    static func type(ofAbbreviation abbreviation: String, party: Bool) -> DirectiveType? {
        switch abbreviation {
        case "TT": party ? .partyCircular : .circular
        default: DirectiveType.allCases.first { $0.abbreviation == abbreviation && $0 != .regulation && $0 != .partyCircular }
        }
    }

    private func readType(_ anchors: Anchors, into draft: inout DirectiveDraft) {
        if let index = anchors.title, let type = Self.titleType(lines[index].clean) {
            draft.type = Extracted(type, line: lines[index].number)
        } else if let number = draft.number, let found = Self.abbreviation(of: number.value),
                  let type = Self.type(ofAbbreviation: found.abbreviation, party: found.party) {
            draft.type = Extracted(type, line: number.line)
        } else if let index = anchors.regarding {
            draft.type = Extracted(.officialLetter, line: lines[index].number)
        } else {
            draft.miss("type", "no title line (KẾ HOẠCH, CÔNG VĂN …), no number with a type (…/KH-…) and no 'V/v' line")
        }
    }

    // MARK: Subject

    /// The index of the subject's last line.
    private func readSubject(_ anchors: Anchors, into draft: inout DirectiveDraft) -> Int? {
        if let index = anchors.regarding {
            var text = String(lines[index].clean.dropFirst(3)).trimmingCharacters(in: .whitespaces)
            if text.hasPrefix(":") { text = String(text.dropFirst()).trimmingCharacters(in: .whitespaces) }
            var end = index
            while end + 1 < lines.count, continues(end + 1, anchors) {
                end += 1
                text += " " + lines[end].clean
            }
            draft.subject = Extracted(text, line: lines[index].number)
            return end
        }
        let after = [anchors.title ?? (draft.type?.value == .officialLetter ? anchors.number : nil)].compactMap { $0 }.first
        guard let after else {
            draft.miss("subject", "no title line (KẾ HOẠCH …) or 'V/v' line to read the subject under")
            return nil
        }
        var index = after + 1
        while index < lines.count, lines[index].isBlank || isHeadingLine(index, anchors) { index += 1 }
        let bodyStarted = anchors.title == nil && Self.startsBody(lines[index < lines.count ? index : after].folded)
        guard index < lines.count, !lines[index].folded.hasPrefix("kinh gui"), !bodyStarted else {
            draft.miss("subject", "nothing under the title line", line: lines[after].number)
            return nil
        }
        var text = lines[index].clean
        var end = index
        while end + 1 < lines.count, continues(end + 1, anchors) {
            end += 1
            text += " " + lines[end].clean
        }
        draft.subject = Extracted(text, line: lines[index].number)
        return end
    }

    /// Whether line `index` continues a subject wrapped over lines: not blank, not part of the
    /// heading, and starting in lower case (a new sentence is not the subject any more).
    private func continues(_ index: Int, _ anchors: Anchors) -> Bool {
        !lines[index].isBlank && !isHeadingLine(index, anchors) && lines[index].clean.first?.isLowercase == true
    }

    private func isHeadingLine(_ index: Int, _ anchors: Anchors) -> Bool {
        [anchors.motto, anchors.number, anchors.date, anchors.title, anchors.regarding, anchors.addressees].contains(index)
            || lines[index].folded.contains("doc lap tu do hanh phuc")
    }

    /// "Thực hiện …", "Căn cứ …": the body has started.
    static func startsBody(_ folded: String) -> Bool {
        folded.hasPrefix("thuc hien ") || folded.hasPrefix("can cu ")
    }

    // MARK: Addressees

    private func readAddressees(_ anchors: Anchors, into draft: inout DirectiveDraft) -> Int? {
        guard let index = anchors.addressees else { return nil }
        var pieces: [(String, Int)] = []
        let first = lines[index].clean
        if let colon = first.firstIndex(of: ":") {
            let rest = first[first.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if !rest.isEmpty { pieces.append((rest, lines[index].number)) }
        }
        var end = index
        var next = index + 1
        while next < lines.count, lines[next].isBlank { next += 1 }
        while next < lines.count, lines[next].clean.hasPrefix("-") || lines[next].clean.hasPrefix("+") {
            pieces.append((lines[next].clean, lines[next].number))
            end = next
            next += 1
        }
        for (text, line) in pieces {
            var name = text
            while let first = name.first, "-+".contains(first) { name.removeFirst() }
            name = VietnameseText.trimListPunctuation(name)
            if !name.isEmpty { draft.addressees.append(Extracted(name, line: line)) }
        }
        return end
    }
}
