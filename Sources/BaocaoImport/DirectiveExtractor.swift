import BaocaoCore
import Foundation

/// Reads the text of a directive the way an official reads it and drafts the structured
/// directive: heading, legal bases, tasks per level, reports and deadlines, targets, recipients
/// and signer, each value with its line. What the text does not state is reported missing with
/// the reason; nothing is guessed.
///
/// ```swift
/// let source = try SourceText(contentsOf: "seeds/001.txt")
/// let draft = DirectiveExtractor(source: source).extract()
/// ```
///
/// Province plugins add patterns through ``ImportRules`` (the `import` hook), applied after these
/// built-in rules with ``extract(rules:)``.
public struct DirectiveExtractor: Sendable {
    public let source: SourceText

    public init(source: SourceText) {
        self.source = source
    }

    static let issuerSentence = Pattern.regex(
        "(Ban Thường vụ|Ban Chấp hành|Ban Thường trực|Đảng đoàn|Ban cán sự đảng)\\s+([^.;:]{2,80}?)\\s+(xây dựng [kK]ế hoạch|đề nghị|yêu cầu|thông báo|hướng dẫn|chỉ đạo)")

    /// The draft by the built-in rules, then by `rules` (the plugins' `import` hooks), if given.
    public func extract(rules: (any ImportRules)? = nil) -> DirectiveDraft {
        var draft = DirectiveDraft(path: source.path)
        let lines = TextLine.lines(of: source)
        let anchors = HeaderReader(lines: lines).read(into: &draft)

        let footer = FooterReader(lines: lines, from: anchors.bodyStart)
        let bodyEnd = footer.start() ?? lines.count
        let body = anchors.bodyStart..<max(anchors.bodyStart, bodyEnd)
        let structure = StructureReader(lines: lines, body: body)
        let preambleEnd = structure.preambleEnd()

        // Legal bases: the documents cited in the preamble's "Thực hiện …" / "Căn cứ …" paragraphs.
        for index in anchors.bodyStart..<max(anchors.bodyStart, preambleEnd) {
            let line = lines[index]
            guard HeaderReader.startsBody(line.folded) else { continue }
            for citation in CitationReader.citations(in: line.clean, line: line.number) {
                if let at = draft.legalBases.firstIndex(where: { $0.number == citation.number }) {
                    if draft.legalBases[at].date == nil { draft.legalBases[at].date = citation.date }
                    if draft.legalBases[at].issuer == nil { draft.legalBases[at].issuer = citation.issuer }
                } else {
                    draft.legalBases.append(citation)
                }
            }
        }
        if draft.legalBases.isEmpty {
            draft.miss("legalBases", "no 'Thực hiện …' or 'Căn cứ …' paragraph citing a document before the first section")
        }

        let passages = structure.read(into: &draft)
        if draft.issuer == nil { readIssuerSentence(lines, preambleEnd: preambleEnd, body: body, into: &draft) }
        if draft.superior == nil, draft.issuer != nil {
            draft.miss("superior", "the text has no header line above the issuer (transcriptions often drop it)")
        }

        if draft.taskGroups.contains(where: { $0.role != nil }) == false {
            draft.miss("tasks per level", passages.contains { $0.item != nil }
                ? "the tasks are numbered, but no heading names the level they are for ('1. Liên đoàn Lao động tỉnh', 'Đối với …')"
                : "no section of tasks in the text")
        }
        // Outside a section naming a level, the addressees ("Kính gửi") say who is asked, when each
        // names a whole level; "CĐCS trực thuộc LĐLĐ tỉnh" names only part of one, so then nobody is assumed.
        var roles: [LevelRole] = []
        let partial = draft.addressees.contains { VietnameseText.fold($0.value).contains("truc thuoc") }
        for addressee in draft.addressees where !partial {
            if let role = LevelRole.named(in: addressee.value), !roles.contains(role) { roles.append(role) }
        }
        let reports = ReportReader(directiveDate: draft.date?.value, defaultRoles: roles)
        for passage in passages { reports.reports(in: passage, into: &draft) }
        if draft.reports.isEmpty, !draft.missing.contains(where: { $0.field.hasPrefix("reports") }) {
            draft.miss("reports", "no sentence asks for a report to a named body ('báo cáo … về …') with periods or a deadline")
        }
        if draft.indicators.isEmpty { draft.miss("indicators", "no target such as '100% …' in a section of targets (chỉ tiêu)") }
        if draft.closing == nil { draft.miss("closing", "no paragraph 'Trên đây là …'") }
        if draft.purposes.isEmpty { draft.miss("purposes", "no section 'Mục đích, yêu cầu'") }

        FooterReader(lines: lines, from: anchors.bodyStart).read(into: &draft)

        if let rules { rules.applyImportRules(lines: source.lines, to: &draft) }
        return draft
    }

    /// "Ban Thường vụ Liên đoàn Lao động tỉnh xây dựng kế hoạch …", "Ban Thường vụ LĐLĐ tỉnh đề
    /// nghị …": the issuer as the text names itself, when no header names it.
    private func readIssuerSentence(_ lines: [TextLine], preambleEnd: Int, body: Range<Int>, into draft: inout DirectiveDraft) {
        let preamble = Array(body.lowerBound..<max(body.lowerBound, preambleEnd))
        let order = preamble + Array(body).filter { !preamble.contains($0) }.reversed()
        for index in order {
            for match in Pattern.matches(Self.issuerSentence, in: lines[index].clean) {
                guard let head = match.groups[1], let name = match.groups[2], !name.contains(" đã"),
                      !name.contains("“"), name.first?.isUppercase == true else { continue }
                draft.issuer = Extracted(head + " " + name, line: lines[index].number)
                return
            }
        }
        draft.miss("issuer", "no header with the issuing body and no sentence such as 'Ban Thường vụ … xây dựng kế hoạch' or '… đề nghị'")
    }
}
