import BaocaoCore
import Foundation

/// Reads the body between the heading and the closing: sections ("I. MỤC ĐÍCH, YÊU CẦU", "III.
/// TỔ CHỨC THỰC HIỆN"), the aims, the task groups per level, the targets, and the closing line.
/// Also hands out every piece of text with its item number, for the report reader.
struct StructureReader {
    let lines: [TextLine]
    /// Indices of the body: from the first line after the heading to the line before the
    /// recipients or signature.
    let body: Range<Int>

    /// A piece of body text with where it stands: the level its section names and its item.
    struct Passage {
        let text: String
        let line: Int
        let role: LevelRole?
        let item: String?
    }

    static let roman = Pattern.regex("^([IVX]{1,5})\\s*[.:]\\s*(.+)$")
    static let topNumber = Pattern.regex("^(\\d{1,2})\\s*[.)]\\s*(.+)$")
    static let subNumber = Pattern.regex("^(\\d{1,2}(?:\\.\\d{1,2})+)\\.?\\s+(.+)$")
    static let bullet = Pattern.regex("^[-–•+]\\s*(.+)$")
    static let percent = Pattern.regex("(\\d{1,3}(?:[.,]\\d+)?)\\s*%")
    static let ratedBy = Pattern.regex("được\\s+(\\p{Lu}[^,;.]*?)\\s+đánh giá")
    static let headingStarts = ["lien doan", "ldld", "cong doan", "cdcs", "doi voi", "ban thuong vu", "cac chi uy", "chi uy",
                                "dang uy", "huyen uy", "cac cong doan", "cac lien doan", "ubnd", "uy ban", "cac ldld"]

    enum SectionKind { case purposes, indicators, implementation, content }

    /// The line indices where the preamble ends (the first section or numbered item).
    func preambleEnd() -> Int {
        for index in body where isStructural(lines[index].clean) { return index }
        return body.upperBound
    }

    private func isStructural(_ text: String) -> Bool {
        if let groups = Pattern.groups(Self.roman, in: text), let title = groups[2], VietnameseText.isAllCaps(title) { return true }
        return Pattern.groups(Self.topNumber, in: text) != nil || Pattern.groups(Self.subNumber, in: text) != nil
    }

    static func isLevelHeading(_ text: String) -> LevelRole? {
        let folded = VietnameseText.fold(text)
        guard text.count <= 120, headingStarts.contains(where: { folded.hasPrefix($0) }) else { return nil }
        return LevelRole.named(in: text)
    }

    func read(into draft: inout DirectiveDraft) -> [Passage] {
        var passages: [Passage] = []
        var sectionItem: String?
        var sectionTitle: String?
        var kind: SectionKind = .content
        var group: DraftTaskGroup?
        var indicatorItem: (item: String, text: String, line: Int)?
        var purposeOpen = false

        func closeGroup() {
            if let done = group, !done.tasks.isEmpty || done.role != nil { draft.taskGroups.append(done) }
            group = nil
        }
        func closeIndicator() {
            if let open = indicatorItem { addIndicators(open.item, open.text, open.line, into: &draft) }
            indicatorItem = nil
        }
        func itemPath(_ number: String?) -> String? {
            guard let number else { return group?.item ?? sectionItem }
            if let groupItem = group?.item, group?.role != nil { return groupItem + "." + number.split(separator: ".").last.map(String.init)! }
            return [sectionItem, number].compactMap { $0 }.joined(separator: ".")
        }
        func appendToLast(_ text: String) {
            guard var current = group, var task = current.tasks.popLast() else { return }
            if task.details.isEmpty { task.text += " " + text } else { task.details[task.details.count - 1] += " " + text }
            current.tasks.append(task)
            group = current
        }

        var previous: TextLine?
        var introGroup = false
        for index in body {
            let line = lines[index]
            guard !line.isBlank else { continue }
            defer { previous = line }
            let text = line.clean
            if introGroup, Pattern.groups(Self.topNumber, in: text) == nil, Pattern.groups(Self.bullet, in: text) == nil,
               text.first?.isLowercase != true {
                // A paragraph after the list ends it.
                closeGroup()
                introGroup = false
            }
            if line.folded.hasPrefix("tren day la") {
                closeIndicator()
                draft.closing = Extracted(text, line: line.number)
                passages.append(Passage(text: text, line: line.number, role: nil, item: nil))
                continue
            }
            if let groups = Pattern.groups(Self.roman, in: text), let numeral = groups[1], let title = groups[2],
               VietnameseText.isAllCaps(title) {
                closeGroup(); closeIndicator()
                sectionItem = numeral
                sectionTitle = VietnameseText.trimListPunctuation(title)
                let folded = VietnameseText.fold(title)
                kind = folded.contains("muc dich") ? .purposes : folded.contains("chi tieu") ? .indicators
                    : folded.contains("to chuc thuc hien") ? .implementation : .content
                purposeOpen = kind == .purposes
                continue
            }
            switch kind {
            case .purposes:
                var aim = text
                if let groups = Pattern.groups(Self.topNumber, in: text), let rest = groups[2] { aim = rest }
                if purposeOpen { draft.purposes.append(Extracted(aim, line: line.number)) }
                continue
            case .indicators:
                if Pattern.groups(Self.subNumber, in: text) == nil,
                   let groups = Pattern.groups(Self.topNumber, in: text), let number = groups[1], let rest = groups[2] {
                    closeIndicator()
                    indicatorItem = ([sectionItem, number].compactMap { $0 }.joined(separator: "."), rest, line.number)
                } else if var open = indicatorItem {
                    open.text += " " + text
                    indicatorItem = open
                } else if Pattern.groups(Self.percent, in: text) != nil {
                    indicatorItem = (sectionItem ?? "", text, line.number)
                }
                passages.append(Passage(text: text, line: line.number, role: nil, item: sectionItem))
                continue
            case .implementation, .content:
                break
            }
            if let groups = Pattern.groups(Self.subNumber, in: text), let number = groups[1], let rest = groups[2], group != nil {
                group?.tasks.append(DraftTask(item: number, text: rest, line: line.number))
                passages.append(Passage(text: rest, line: line.number, role: group?.role, item: itemPath(number)))
                continue
            }
            if Pattern.groups(Self.subNumber, in: text) == nil,
               let groups = Pattern.groups(Self.topNumber, in: text), let number = groups[1], let rest = groups[2] {
                if let role = Self.isLevelHeading(rest), sectionItem != nil || kind == .implementation {
                    closeGroup()
                    let heading = VietnameseText.trimListPunctuation(rest) + (rest.hasSuffix(".") ? "." : "")
                    group = DraftTaskGroup(item: [sectionItem, number].compactMap { $0 }.joined(separator: "."),
                                           heading: heading, role: role, line: line.number)
                    continue
                }
                guard sectionItem != nil else {
                    // A letter's numbered tasks under the sentence that introduces them ("… đề nghị
                    // các cấp công đoàn tiếp tục thực hiện một số nhiệm vụ trọng tâm sau:"): one
                    // group, for whoever that sentence asks, headed by its words.
                    if group == nil, let intro = previous, intro.clean.hasSuffix(":") {
                        group = DraftTaskGroup(item: nil, heading: Self.introduction(intro.clean), role: nil, line: intro.number)
                        introGroup = true
                    }
                    if introGroup { group?.tasks.append(DraftTask(item: number, text: rest, line: line.number)) }
                    passages.append(Passage(text: rest, line: line.number, role: nil, item: number))
                    previous = line
                    continue
                }
                if group == nil || group?.role != nil && kind != .implementation {
                    closeGroup()
                }
                if group == nil {
                    group = DraftTaskGroup(item: sectionItem, heading: VietnameseText.sentenceCase(sectionTitle ?? ""),
                                           role: nil, line: line.number)
                }
                group?.tasks.append(DraftTask(item: number, text: rest, line: line.number))
                passages.append(Passage(text: rest, line: line.number, role: group?.role, item: itemPath(number)))
                continue
            }
            let isBullet = Pattern.groups(Self.bullet, in: text) != nil
            // An unnumbered heading under "Tổ chức thực hiện" that names a level: a short line, not a
            // sentence ("Công đoàn cơ sở", "LĐLĐ huyện, thành phố, công đoàn ngành").
            if kind == .implementation, !isBullet, text.count <= 80, !text.hasSuffix("."), !text.hasSuffix(";"),
               !text.hasSuffix(":"), let role = Self.isLevelHeading(text) {
                closeGroup()
                group = DraftTaskGroup(item: nil, heading: text, role: role, line: line.number)
                continue
            }
            let content = isBullet ? String(text.drop { "-–•+ ".contains($0) }) : text
            passages.append(Passage(text: content, line: line.number, role: group?.role, item: group?.item ?? sectionItem))
            guard group != nil else { continue }
            if !isBullet, let first = content.first, first.isLowercase {
                appendToLast(content)
            } else if group?.role != nil, group?.tasks.last?.item?.contains(".") != true {
                group?.tasks.append(DraftTask(item: nil, text: content, line: line.number))
            } else if var current = group, var task = current.tasks.popLast() {
                task.details.append(content)
                current.tasks.append(task)
                group = current
            } else {
                group?.tasks.append(DraftTask(item: nil, text: content, line: line.number))
            }
        }
        closeGroup(); closeIndicator()
        return passages
    }

    /// The last sentence of an introduction, from the body that asks ("Ban Thường vụ … đề nghị …")
    /// when a clause before it ends with a comma; without the colon.
    static func introduction(_ text: String) -> String {
        var sentence = text.components(separatedBy: ". ").last ?? text
        while sentence.hasSuffix(":") { sentence.removeLast() }
        sentence = sentence.trimmingCharacters(in: .whitespaces)
        if let ask = sentence.range(of: "đề nghị") ?? sentence.range(of: "yêu cầu"),
           let comma = sentence[..<ask.lowerBound].range(of: ", ", options: .backwards) {
            sentence = String(sentence[comma.upperBound...])
        }
        return sentence
    }

    /// "6. Phấn đấu 60% … và 90% …": one target per percentage; "phấn đấu" makes them aspirational.
    private func addIndicators(_ item: String, _ text: String, _ line: Int, into draft: inout DirectiveDraft) {
        let found = Pattern.matches(Self.percent, in: text)
        let number = item.split(separator: ".").last.map(String.init) ?? item
        for (offset, match) in found.enumerated() {
            guard let value = match.groups[1], let target = TargetValue(parsing: value + "%") else { continue }
            let before = VietnameseText.fold(String(text[..<match.range.lowerBound]))
            // "phấn đấu" (strive for), also when its tone marks were lost or mistyped ("Phần đầu").
            let aspirational = before.contains("phan dau")
            let rated = Pattern.groups(Self.ratedBy, in: String(text[match.range.lowerBound...]))?[1] ?? nil
            let suffix = found.count > 1 ? String(UnicodeScalar(UInt8(97 + offset))) : ""
            draft.indicators.append(DraftIndicator(id: "chi-tieu-\(number)\(suffix)", item: item, text: text, target: target,
                                                   aspirational: aspirational, ratedBy: rated, line: line))
        }
    }
}
