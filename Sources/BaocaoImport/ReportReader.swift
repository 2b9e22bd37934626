import BaocaoCore
import Foundation

/// Reads the reports a text demands, sentence by sentence: the periods after "định kỳ" ("6 tháng,
/// cuối năm", "hàng tháng, quý, năm"), the receiver after "về" ("về LĐLĐ tỉnh"), the channel
/// ("(qua Ban CSPL&QHLĐ)", "qua Sở Nội vụ"), and a fixed deadline ("chậm nhất ngày 01/11/2023",
/// "trước ngày 15/12").
struct ReportReader {
    /// The directive's date, for deadlines written without a year.
    let directiveDate: CalendarDate?
    /// Who reports when the sentence stands outside any section naming a level (the addressees).
    let defaultRoles: [LevelRole]

    static let sentenceBreak = Pattern.regex("(?<=[.;])\\s+")
    static let periodWord = Pattern.regex(
        "^\\s*(?:,|;|và|hoặc)?\\s*(hằng tháng|hàng tháng|hằng quý|hàng quý|hằng năm|hàng năm|0?6 tháng|sáu tháng|0?9 tháng|chín tháng|cuối năm|một năm|tháng|quý|năm)(?![\\p{L}\\d])(?!\\s*\\d)",
        caseInsensitive: true)
    static let receiver = Pattern.regex(
        "(?:^|\\s)về\\s+(\\p{Lu}[^()]*?)(?=\\s*\\(|\\s+qua\\s|\\s+chậm nhất|\\s+trước ngày|\\s+trước\\s|\\s+theo\\s|\\s+ngày\\s|\\s+để\\s|\\s+trong\\s|[.;:]|$)")
    static let channelParenthesised = Pattern.regex("^\\s*\\(\\s*qua\\s+([^)]+?)\\s*\\)")
    static let channelPlain = Pattern.regex("^\\s+qua\\s+(\\p{Lu}[^,;.()]*?)(?=\\s+chậm|\\s+trước|\\s+theo|\\s+ngày|[,;.]|$)")
    static let deadline = Pattern.regex(
        "(?:chậm nhất|trước|không muộn hơn|hạn chót|hạn cuối)\\s+(?:là\\s+)?(?:vào\\s+)?ngày\\s+(" + DateText.pattern + "|\\d{1,2}\\s*[/\\-]\\s*\\d{1,2}(?!\\s*[/\\-]?\\s*\\d))",
        caseInsensitive: true)

    /// The reports in `passage`, plus the problems with sentences that look like reports but lack a part.
    func reports(in passage: StructureReader.Passage, into draft: inout DirectiveDraft) {
        let text = passage.text
        var sentences: [String] = []
        var start = text.startIndex
        for match in Pattern.matches(Self.sentenceBreak, in: text) {
            sentences.append(String(text[start..<match.range.lowerBound]))
            start = match.range.upperBound
        }
        sentences.append(String(text[start...]))
        for sentence in sentences {
            let folded = VietnameseText.fold(sentence)
            guard folded.contains("bao cao") else { continue }
            read(sentence, folded: folded, passage: passage, into: &draft)
        }
    }

    private func read(_ sentence: String, folded: String, passage: StructureReader.Passage, into draft: inout DirectiveDraft) {
        let periods = Self.periods(in: sentence)
        var due: CalendarDate?
        var dueProblem: String?
        if let groups = Pattern.groups(Self.deadline, in: sentence), let written = groups[1] {
            if let found = DateText.first(in: written) {
                due = found.date
            } else if let year = directiveDate?.year, let date = DateText.dayMonth(VietnameseText.compactNumber(written), year: year) {
                if let directiveDate, date < directiveDate {
                    dueProblem = "the deadline '\(written)' has no year, and in \(year) it would fall before the directive's date"
                } else {
                    due = date
                }
            } else {
                dueProblem = "the deadline '\(written)' has no year and the directive's date is not known"
            }
        }
        // A deadline in a sentence about periodic reports ("hằng quý … báo cáo năm gửi trước ngày
        // 15/12") recurs with the periods, or holds for only one of them: not a fixed deadline.
        if !periods.isEmpty, let written = Pattern.groups(Self.deadline, in: sentence)?[0] ?? nil {
            due = nil
            dueProblem = "'\(written)' goes with reports every \(periods.map(\.vietnameseName).joined(separator: ", ")): a recurring deadline, which the plugins' deadline hook sets; not written as a fixed deadline"
        }
        let receiverMatch = Pattern.matches(Self.receiver, in: sentence).first { match in
            sentence[..<match.range.lowerBound].lowercased().contains("báo cáo")
        }
        let regulated = folded.contains("theo quy dinh")
        guard let receiverMatch, let named = receiverMatch.groups[1] else {
            if !periods.isEmpty || due != nil {
                draft.miss("reports (line \(passage.line))",
                           "a report \(periods.isEmpty ? "with a deadline" : "every " + periods.map(\.vietnameseName).joined(separator: ", ")) is asked for, but not to whom ('về …')",
                           line: passage.line)
            }
            return
        }
        guard !periods.isEmpty || due != nil || regulated || dueProblem != nil else { return }
        if let dueProblem { draft.miss("reports (line \(passage.line)).deadline", dueProblem, line: passage.line) }

        // "về Tổng Liên đoàn Lao động Việt Nam, Tỉnh ủy Ninh Bình": several receivers; a part in
        // lower case ("…, gửi Ban …") ends the list.
        let receivers = Array(named.components(separatedBy: ", ").map { VietnameseText.trimListPunctuation($0) }
            .prefix { $0.first?.isUppercase == true })
        let direct = VietnameseText.fold(named).contains("cap tren truc tiep")
        let after = String(sentence[receiverMatch.range.upperBound...])
        var channel: String?
        if let groups = Pattern.groups(Self.channelParenthesised, in: after) ?? Pattern.groups(Self.channelPlain, in: after) {
            channel = groups[1].map { VietnameseText.trimListPunctuation($0) }
        }
        let before = sentence[..<receiverMatch.range.lowerBound]
        var title = "Báo cáo"
        if let range = before.range(of: "báo cáo", options: [.backwards, .caseInsensitive]) {
            let what = before[range.upperBound...].trimmingCharacters(in: .whitespaces)
            if !what.isEmpty { title += " " + what }
        }
        let roles = passage.role.map { [$0] } ?? defaultRoles
        let report = DraftReport(title: title, from: roles, periods: periods, deadline: due,
                                 receivers: direct ? [] : receivers, toDirectSuperior: direct, channel: channel,
                                 item: passage.item, quote: sentence.trimmingCharacters(in: .whitespaces), line: passage.line)
        Self.add(report, to: &draft)
    }

    /// Adds `report`, or merges it into one that says the same to other units ("IV.1, IV.2").
    static func add(_ report: DraftReport, to draft: inout DirectiveDraft) {
        if let index = draft.reports.firstIndex(where: {
            $0.title == report.title && $0.receivers == report.receivers && $0.toDirectSuperior == report.toDirectSuperior
                && $0.channel == report.channel && $0.deadline == report.deadline && $0.periods == report.periods
        }) {
            var merged = draft.reports[index]
            for role in report.from where !merged.from.contains(role) { merged.from.append(role) }
            if let item = report.item, merged.item?.components(separatedBy: ", ").contains(item) != true {
                merged.item = [merged.item, item].compactMap { $0 }.joined(separator: ", ")
            }
            draft.reports[index] = merged
        } else {
            draft.reports.append(report)
        }
    }

    /// The periods listed after "định kỳ" (or "báo cáo định kỳ"): "6 tháng, cuối năm" is six-months and year.
    static func periods(in sentence: String) -> [PeriodKind] {
        // After "định kỳ"; else from "hằng quý", "hàng tháng" …; else right after "báo cáo" ("báo cáo 6 tháng, năm").
        let start: String.Index
        if let anchor = sentence.range(of: "định kỳ", options: .caseInsensitive) {
            start = anchor.upperBound
        } else if let anchor = sentence.range(of: "(hằng|hàng)\\s+(tháng|quý|năm)", options: [.regularExpression, .caseInsensitive]) {
            start = anchor.lowerBound
        } else if let anchor = sentence.range(of: "báo cáo(?=\\s+(0?6|0?9|sáu|chín)\\s+tháng)", options: [.regularExpression, .caseInsensitive]) {
            start = anchor.upperBound
        } else {
            return []
        }
        var rest = String(sentence[start...])
        var found: [PeriodKind] = []
        while let groups = Pattern.groups(periodWord, in: rest), let word = groups[1], let whole = groups[0] {
            if let kind = PeriodKind(name: word.lowercased()), !found.contains(kind) { found.append(kind) }
            rest = String(rest.dropFirst(whole.count))
        }
        return found
    }
}
