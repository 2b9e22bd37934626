import BaocaoCore
import Foundation

/// The consolidated report (báo cáo tổng hợp) of a directive for one period, as the issuing body
/// sends it up: who reported and who did not, the targets met and not met, the scores, what the
/// units wrote, and a chart of reporting rates, in the issuer's official layout.
///
/// The issuer's own report for the period (Tây Ninh's federation owes one to UBND tỉnh through
/// Sở Nội vụ) decides where the document goes: its routes head the recipients. The wording comes
/// from the templates (built-in, or a plugin's `templates/`); then every plugin's `document` hook
/// may add, remove or replace blocks.
public struct ConsolidatedReport {
    public var workspace: Workspace
    public var directive: Directive
    public var period: Period
    public var asOf: CalendarDate
    /// Every submission received for the directive (resubmissions included); those after `asOf`
    /// are left out.
    public var submissions: [Submission]
    /// Only this report's figures and targets (its id); nil for every report of the directive.
    public var obligation: ObligationID?
    /// The day on the date line ("Tây Ninh, ngày … tháng … năm …"); nil for the day the figures
    /// are taken (`asOf`).
    public var signingDate: CalendarDate?

    public init(workspace: Workspace, directive: Directive, period: Period, asOf: CalendarDate, submissions: [Submission]) {
        self.workspace = workspace
        self.directive = directive
        self.period = period
        self.asOf = asOf
        self.submissions = submissions
    }

    /// The document and the problems met on the way (plugin hooks, templates).
    public struct Result: Sendable {
        public var document: OfficialDocument
        public var compliance: ComplianceReport
        public var indicators: [IndicatorResult]
        public var problems: [RuleProblem]
    }

    /// Builds the report with the plugin chain's rules (`PluginChain` is all four); pass
    /// `CoreScheduleRules()` and nils to build it without plugins.
    /// - Parameter helpers: More chains to split the period's schedule among cores (see
    ///   ``Scheduler``), for a national workspace.
    public func build(schedule: any ScheduleRules, helpers: [any ScheduleRules] = [], indicators indicatorRules: (any IndicatorRules)?,
                      scoring: (any ScoringRules)?, document documentRules: (any DocumentRules)?) -> Result {
        let tree = workspace.organisation
        let issuerUnit = directive.issuer.unit
        let compliance = ComplianceReport(workspace: workspace, rules: schedule, helpers: helpers, period: period, asOf: asOf,
                                          directive: directive.id, obligation: obligation, submissions: { submissions })
        var problems = compliance.problems
        // The issuer's own reports are this document; the figures are about the units below.
        let own = compliance.entries.filter { $0.report.unit == issuerUnit }
        // The reports of the units below the issuer, read in place (a national period's entries
        // are too many to copy).
        let entries = compliance.entries
        let evaluator = IndicatorEvaluator(workspace: workspace, submissions: submissions, asOf: asOf)
        let indicatorResults = evaluator.evaluate(directive, period: period, rules: indicatorRules)
            .filter { obligation == nil || $0.target.measure.report == obligation }
        let narratives = Self.narratives(submissions.filter { obligation == nil || $0.obligation == obligation }, asOf: asOf,
                                         directive: directive, period: period, issuer: issuerUnit, tree: tree)

        // Scores of the units that answer to the issuer directly, where a plugin scores them.
        var sheets: [(OrganisationUnit, ScoringSheet)] = []
        if let scoring, scoring.scoresUnits {
            let latest = evaluator.latestSubmissions(of: directive, period: period)
            var seen = Set<UnitID>()
            for entry in entries where entry.report.unit != issuerUnit && seen.insert(entry.report.unit).inserted {
                guard let unit = tree.unit(entry.report.unit),
                      issuerUnit == nil || tree.parentID(of: unit.id, at: entry.report.referenceDate) == issuerUnit,
                      let sheet = scoring.score(unit: unit.id, directive: directive, period: period, submissions: latest)
                else { continue }
                sheets.append((unit, sheet))
            }
        }

        let findings = ReportFindings(entries: compliance.entries, rates: compliance.byObligation, directive: directive, period: period,
                                      issuer: issuerUnit, tree: tree)
        // The rates of the units below, by level and by receiving unit, counted once for the tables.
        // The status's own, as the figures are: the issuer's report, which goes above it, counts
        // under the issuer's parent when it has one.
        let rates = (byLevel: compliance.byLevel, byParent: compliance.byParent)
        let unitsInAppendix = rates.byParent.count > Self.unitRowsInBody
        var templates = ReportTemplates(folders: documentRules?.templateFolders ?? [])
        var context = templateContext(entries: entries, compliance: compliance, results: indicatorResults,
                                      sheets: sheets, narratives: narratives, findings: findings, own: own)
        context["unitTableInAppendix"] = unitsInAppendix
        let subject = templates.render("subject", context).trimmingCharacters(in: .whitespacesAndNewlines)
        context["subject"] = Self.lowercasedFirst(subject)
        let bodyText = templates.render("body", context)
        let (body, unknown) = ReportMarkup.blocks(from: bodyText) { name in
            placeholder(name, compliance: compliance, rates: rates, unitsInAppendix: unitsInAppendix, results: indicatorResults, sheets: sheets)
        }
        problems += templates.problems
        if let origin = templates.origin(of: "body") {
            for placeholder in unknown {
                problems.append(RuleProblem(plugin: origin.plugin ?? "built-in", hook: "template",
                    message: "\(origin.origin): [[\(placeholder.name)]] (line \(placeholder.line) of its output) names no block; the blocks are \(ReportMarkup.placeholderNames.joined(separator: ", "))"))
            }
        }

        var blocks: [DocumentBlock] = [.header(header()), .title(DocumentTitle(type: "Báo cáo", subject: subject))]
        blocks += body
        blocks.append(.recipients(recipients(own: own)))
        var signer = directive.signer
        signer.note = nil  // "(đã ký)" belongs to the transcribed directive, not to the new report
        blocks.append(.signature(signer))
        // What is too long for the body, after the signature: the table by receiving unit when it
        // has many rows, the units too many to name in a sentence.
        var appendix: [DocumentBlock] = []
        if unitsInAppendix, let table = unitTable(rates.byParent) { appendix.append(.table(table)) }
        if findings.needsAppendix {
            appendix.append(.table(DocumentTable(caption: "Các đơn vị chưa gửi, gửi chậm báo cáo", columns: ["TT", "Đơn vị", "Báo cáo", "Tình trạng"],
                                                 rows: findings.appendixRows, widths: [7, 38, 38, 17])))
        }
        if !appendix.isEmpty {
            let number = header().number ?? ""
            blocks += [.pageBreak, .title(DocumentTitle(type: "Phụ lục", subject: "Tình hình gửi báo cáo của các đơn vị\n(Kèm theo Báo cáo số \(number) ngày \((signingDate ?? asOf).vietnameseShort) của \(header().issuer))"))]
            blocks += appendix
        }

        var document = OfficialDocument(blocks: blocks)
        if let documentRules {
            var documentContext = DocumentContext(kind: "consolidated-report", directive: directive.id, period: period, asOf: asOf)
            documentContext.obligations = findings.obligations.map { found in
                DocumentContext.ObligationFigures(id: found.rate.group, title: found.title, rate: found.rate,
                                                  lateUnits: found.late.units, missingUnits: found.missing.units)
            }
            document = documentRules.shape(document, context: documentContext)
        }
        return Result(document: document, compliance: compliance, indicators: indicatorResults, problems: problems)
    }

    // MARK: parts

    func header() -> DocumentHeader {
        let tree = workspace.organisation
        let issuer = directive.issuer.unit.flatMap { tree.name(of: $0) } ?? directive.issuer.name
        return DocumentHeader(layout: DocumentLayout(issuer: directive.issuer.kind), superior: directive.issuer.superior,
                              issuer: issuer, number: Self.reportNumber(from: directive.number, layout: DocumentLayout(issuer: directive.issuer.kind),
                                                                         issuerCode: issuerCode),
                              place: directive.place, date: signingDate ?? asOf)
    }

    /// The issuing unit's abbreviation, from its short name: "LĐLĐ tỉnh" → "LĐLĐ"; nil when the
    /// short name does not start with one.
    var issuerCode: String? {
        guard let short = directive.issuer.unit.flatMap({ workspace.organisation.unit($0)?.shortName }),
              let first = short.split(separator: " ").first, first.count >= 2,
              first.allSatisfy({ $0.isUppercase || $0 == "&" }) else { return nil }
        return String(first)
    }

    /// The report's number with the serial left blank for the clerk who registers it, keeping the
    /// issuer's code from the directive's number: "439/KH-LĐLĐ" → "      /BC-LĐLĐ", "558-CV/ĐUK" →
    /// "      -BC/ĐUK"; no number → "      /BC-" and the issuing unit's code ("LĐLĐ"), or "      /BC".
    static func reportNumber(from number: String?, layout: DocumentLayout, issuerCode: String? = nil) -> String {
        let blank = "      "
        guard let number else {
            if layout == .party { return "\(blank)-BC" + (issuerCode.map { "/\($0)" } ?? "") }
            return "\(blank)/BC" + (issuerCode.map { "-\($0)" } ?? "")
        }
        if layout == .party, let slash = number.firstIndex(of: "/") {
            return "\(blank)-BC" + number[slash...]  // 558-CV/ĐUK: type before the slash
        }
        if let slash = number.firstIndex(of: "/") {
            let tail = number[number.index(after: slash)...]
            if let dash = tail.firstIndex(of: "-") { return "\(blank)/BC" + tail[dash...] }  // 439/KH-LĐLĐ
        }
        return "\(blank)/BC"
    }

    func recipients(own: [ComplianceEntry]) -> RecipientList {
        var names: [String] = []
        var covered = Set<String>()
        for entry in own {
            for route in entry.report.routes where !covered.contains(route.text) {
                names.append(route.text)
                covered.insert(route.text)
                covered.insert(route.toName)
                if let channel = route.through { covered.insert(channel.name) }
            }
        }
        for recipient in directive.recipients {
            let plain = recipient.trimmingCharacters(in: CharacterSet(charactersIn: " ;,.(b/c)"))
            // "Như trên", "Như kính gửi": the directive's addressees, whom this report does not address.
            if plain.lowercased().hasPrefix("như ") || plain.isEmpty { continue }
            if covered.contains(where: { plain.localizedCaseInsensitiveContains($0) || $0.localizedCaseInsensitiveContains(plain) }) { continue }
            // Each recipient once.
            if names.contains(where: { $0.compare(recipient, options: [.caseInsensitive, .diacriticInsensitive]) == .orderedSame }) { continue }
            names.append(recipient)
            covered.insert(plain)
        }
        // A state body's archive is its clerical office, Văn thư ("Lưu: VT, …"), not the Văn phòng.
        var archive = directive.archive.isEmpty ? ["VT"] : directive.archive
        if DocumentLayout(issuer: directive.issuer.kind) == .state, !archive.contains("VT") {
            if archive.first == "VP" { archive.removeFirst() }
            archive.insert("VT", at: 0)
        }
        return RecipientList(recipients: names, archive: archive)
    }

    /// "Kế hoạch số 439/KH-LĐLĐ"; without a number, "Công văn ngày 10/10/2019".
    var reference: String {
        directive.number.map { "\(directive.type.vietnameseName) số \($0)" } ?? "\(directive.type.vietnameseName) ngày \(directive.date.vietnameseShort)"
    }

    /// "Kế hoạch số 439/KH-LĐLĐ ngày 09/5/2023 của Ban Thường vụ Liên đoàn Lao động tỉnh".
    var citation: String {
        var text = directive.type.vietnameseName
        if let number = directive.number { text += " số \(number)" }
        text += " ngày \(directive.date.vietnameseShort)"
        text += " của \(directive.issuer.name)"
        return text
    }

    /// "73,9%": a rate from 0 to 1 as Vietnamese writes it (see ``VietnameseNumber``).
    package static func percent(_ value: Double?) -> String { VietnameseNumber.percent(value) }

    // MARK: template context

    func templateContext(entries: [ComplianceEntry], compliance: ComplianceReport, results: [IndicatorResult],
                         sheets: [(OrganisationUnit, ScoringSheet)], narratives: [(unit: String, text: String)],
                         findings: ReportFindings, own: [ComplianceEntry]) -> [String: Any] {
        let tree = workspace.organisation
        // The figures are the status's own (`baocao status --directive`): every report the
        // directive asks for in the period, the issuer's own included, so that the document and
        // the status never say two numbers for one thing.
        let totals = compliance.total
        let issuerName = directive.issuer.unit.flatMap { tree.name(of: $0) } ?? directive.issuer.name
        // Units are named when they answer to the issuer directly (district federations under the
        // province); the many below them are counted, and the tables show them by receiving unit.
        func isDirect(_ entry: ComplianceEntry) -> Bool {
            guard let issuerUnit = directive.issuer.unit else { return true }
            return tree.parentID(of: entry.report.unit, at: entry.report.referenceDate) == issuerUnit
        }
        var seenLate = Set<UnitID>()
        let issuerUnit = directive.issuer.unit
        let lateEntries = entries.filter { entry in
            guard entry.report.unit != issuerUnit, case .late = entry.state else { return false }
            return seenLate.insert(entry.report.unit).inserted
        }
        let late = lateEntries.filter(isDirect).compactMap { entry -> [String: Any]? in
            guard case .late(let days) = entry.state else { return nil }
            return ["name": tree.name(of: entry.report.unit) ?? entry.report.unit, "days": days]
        }
        var seenMissing = Set<UnitID>()
        let missingEntries = entries.filter { $0.report.unit != issuerUnit && $0.state == .missing && seenMissing.insert($0.report.unit).inserted }
        let missing = missingEntries.filter(isDirect).map { ["name": tree.name(of: $0.report.unit) ?? $0.report.unit] as [String: Any] }
        let lateBelow = lateEntries.count - late.count
        let missingBelow = missingEntries.count - missing.count
        let met = results.filter { $0.isMet == true }.count
        let indicatorItems = zip(results, Self.items(of: results)).map { result, item -> [String: Any] in
            [
                "item": item, "text": result.target.text, "target": result.target.target.description,
                "achieved": Self.achieved(result), "met": Self.verdict(result),
            ]
        }
        // Where the issuer's own report goes: the proposals and the closing are addressed there.
        let receiver = own.first?.report.routes.first
        let obligations = findings.obligations.map { found -> [String: Any] in
            [
                "title": found.title, "expected": found.rate.expected, "received": found.rate.received,
                "onTime": found.rate.onTime, "late": found.rate.late, "missing": found.rate.missing, "notYetDue": found.rate.notYetDue,
                "reportingRate": Self.percent(found.rate.reportingRate),
                "hasLate": found.rate.late > 0, "lateText": found.late.text,
                "hasMissing": found.rate.missing > 0, "missingText": found.missing.text,
                "hasNotYetDue": found.rate.notYetDue > 0, "allReceived": found.rate.received == found.rate.expected,
            ]
        }
        return [
            "directive": [
                "number": directive.number ?? "", "typeName": directive.type.vietnameseName,
                "date": directive.date.vietnameseShort, "subject": Self.lowercasedFirst(directive.subject),
                "citation": citation, "reference": reference, "issuer": directive.issuer.name,
            ] as [String: Any],
            "period": ["id": period.description, "name": period.vietnameseName],
            "asOf": asOf.vietnameseShort,
            "issuer": ["name": issuerName],
            "receiver": receiver.map { ["text": $0.text, "name": $0.toName] as [String: Any] } ?? [:],
            "hasReceiver": receiver != nil,
            "workspace": ["name": workspace.name, "province": workspace.province],
            "totals": [
                "expected": totals.expected, "received": totals.received, "onTime": totals.onTime, "late": totals.late,
                "missing": totals.missing, "notYetDue": totals.notYetDue,
                "reportingRate": Self.percent(totals.reportingRate), "onTimeRate": Self.percent(totals.onTimeRate),
                "hasLate": totals.late > 0, "hasMissing": totals.missing > 0, "hasNotYetDue": totals.notYetDue > 0,
                "allReceived": totals.received == totals.expected,
            ] as [String: Any],
            "obligations": obligations, "severalObligations": obligations.count > 1,
            "levels": compliance.byLevel.map { rate in
                ["name": rate.name, "expected": rate.expected, "received": rate.received,
                 "reportingRate": Self.percent(rate.reportingRate)] as [String: Any]
            },
            "late": late, "hasLate": !late.isEmpty, "lateBelow": lateBelow,
            "missing": missing, "hasMissing": !missing.isEmpty || missingBelow > 0, "missingBelow": missingBelow,
            "hasMissingNamed": !missing.isEmpty, "hasLateAny": !late.isEmpty || lateBelow > 0,
            "hasAppendix": findings.needsAppendix,
            "indicators": indicatorItems, "hasIndicators": !results.isEmpty,
            "indicatorsMet": met, "indicatorsTotal": results.count, "allIndicatorsMet": met == results.count,
            "scores": sheets.map { unit, sheet in
                ["unit": unit.name, "total": VietnameseNumber.decimal(sheet.total), "maximum": VietnameseNumber.measure(sheet.maximum),
                 "rating": sheet.rating?.rawValue ?? ""] as [String: Any]
            },
            "hasScores": !sheets.isEmpty,
            "narratives": narratives.map { ["unit": $0.unit, "text": $0.text] as [String: Any] }, "hasNarratives": !narratives.isEmpty,
        ]
    }

    /// What each unit that answers to the issuer wrote: the latest narrative of each (received by
    /// `asOf`), in the tree's order, leaving out a note that only says a report replaces an
    /// earlier one (the narrative before it stands) and placeholder text that three or more units
    /// sent word for word (a form's sample text, not an account).
    static func narratives(_ submissions: [Submission], asOf: CalendarDate, directive: Directive, period: Period,
                           issuer: UnitID?, tree: OrganisationTree) -> [(unit: String, text: String)] {
        let endOfDay = ReceivedTime.endOfDay(asOf)
        var latest: [UnitID: (at: Date, text: String)] = [:]
        var senders: [String: Set<UnitID>] = [:]
        for submission in submissions where submission.directive == directive.id && period.covers(submission.period)
            && submission.receivedAt <= endOfDay && submission.unit != issuer {
            guard let text = submission.narrative?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty,
                  !isResubmissionNote(text), !isPlaceholder(text) else { continue }
            guard issuer == nil || tree.parentID(of: submission.unit, at: period.end) == issuer else { continue }
            senders[text, default: []].insert(submission.unit)
            if let known = latest[submission.unit], known.at > submission.receivedAt { continue }
            latest[submission.unit] = (submission.receivedAt, text)
        }
        // In the tree's order, by position: only the units that wrote something are looked at.
        return latest.compactMap { unit, narrative -> (index: Int, unit: String, text: String)? in
            guard (senders[narrative.text]?.count ?? 0) < 3, let index = tree.index(of: unit) else { return nil }
            return (index, tree.units[index].shortName ?? tree.units[index].name, narrative.text)
        }.sorted { $0.index < $1.index }.map { ($0.unit, $0.text) }
    }

    /// Whether `text` only says that the report replaces or adds to one sent before: "Báo cáo bổ
    /// sung, thay báo cáo đã gửi", "Gửi lại báo cáo (điều chỉnh số liệu)".
    /// Whether `text` is a form's sample text rather than an account: "Báo cáo mẫu (dữ liệu minh
    /// họa)", "Nội dung báo cáo", "…".
    static func isPlaceholder(_ text: String) -> Bool {
        let plain = text.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: " .…()-"))
        if plain.isEmpty || ["nội dung", "nội dung báo cáo", "không", "không có", "chưa có", "x", "n/a"].contains(plain) { return true }
        return plain.count <= 80 && ["dữ liệu minh họa", "dữ liệu minh hoạ", "báo cáo mẫu", "nội dung mẫu", "lorem ipsum"].contains { plain.contains($0) }
    }

    static func isResubmissionNote(_ text: String) -> Bool {
        let plain = text.lowercased()
        guard plain.count <= 160 else { return false }
        let markers = ["thay báo cáo", "thay thế báo cáo", "báo cáo bổ sung", "gửi lại báo cáo", "điều chỉnh số liệu", "báo cáo thay thế"]
        return markers.contains { plain.contains($0) }
    }

    /// The item each target is listed under: the directive's ("III.1"), told apart with a, b, …
    /// when two share one ("III.6a", "III.6b"); its id when it has none.
    static func items(of results: [IndicatorResult]) -> [String] {
        let items = results.map { $0.target.item ?? $0.target.id }
        var counts: [String: Int] = [:]
        for item in items { counts[item, default: 0] += 1 }
        var seen: [String: Int] = [:]
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        return items.map { item in
            guard counts[item]! > 1 else { return item }
            let index = seen[item, default: 0]
            seen[item] = index + 1
            return item + (index < letters.count ? String(letters[index]) : "-\(index + 1)")
        }
    }

    /// "93,7%", "12": what a target achieved, in the one number format.
    static func achieved(_ result: IndicatorResult) -> String {
        guard let value = result.achieved else { return "—" }
        return result.target.target.isPercent ? VietnameseNumber.decimal(value) + "%" : VietnameseNumber.measure(value)
    }

    static func verdict(_ result: IndicatorResult) -> String {
        result.isMet.map { $0 ? "Đạt" : "Chưa đạt" } ?? "Chưa đủ số liệu"
    }

    /// "Thực hiện công tác…" → "thực hiện công tác…", for use inside a sentence; names that start
    /// with two capitals ("UBND…") are kept.
    static func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first, first.isUppercase else { return text }
        if text.count > 1, text[text.index(after: text.startIndex)].isUppercase { return text }
        return first.lowercased() + text.dropFirst()
    }

    // MARK: computed blocks

    /// How many receiving units the body's table lists; more go to the appendix, and the chart
    /// takes the table's place in the body.
    static let unitRowsInBody = 10
    /// How many bars a chart shows (what fits its page at 11 mm a bar); with more units, those
    /// furthest below 100 %.
    static let barsAtMost = 15

    /// The table by receiving unit, with a TT column; nil with one unit or none.
    func unitTable(_ byParent: [ComplianceRate]) -> DocumentTable? {
        let groups = groups(byParent)
        guard groups.count > 1 else { return nil }
        return DocumentTable(caption: "Tình hình gửi báo cáo theo đơn vị nhận báo cáo", columns: Self.rateColumns(first: "Đơn vị nhận báo cáo"),
                             rows: groups.enumerated().map { ["\($0.offset + 1)"] + row($0.element) }, widths: [7, 23, 11, 11, 12, 12, 12, 12])
    }

    func placeholder(_ name: String, compliance: ComplianceReport, rates: (byLevel: [ComplianceRate], byParent: [ComplianceRate]),
                     unitsInAppendix: Bool, results: [IndicatorResult], sheets: [(OrganisationUnit, ScoringSheet)]) -> [DocumentBlock]? {
        switch name {
        case "level-table":
            guard compliance.total.expected > 0 else { return [] }
            var total = compliance.total
            total.name = "Tổng cộng"
            let rows = compliance.byLevel.enumerated().map { ["\($0.offset + 1)"] + row($0.element) } + [[""] + row(total)]
            return [.table(DocumentTable(caption: "Tình hình gửi báo cáo theo cấp", columns: Self.rateColumns(first: "Cấp"),
                                         rows: rows, widths: [7, 23, 11, 11, 12, 12, 12, 12]))]
        case "unit-table":
            guard !unitsInAppendix, let table = unitTable(rates.byParent) else { return [] }
            return [.table(table)]
        case "chart":
            // The chart stands in the body for the table sent to the appendix; beside the table it
            // would repeat it value for value. Left out with one or two bars, or only zeros.
            guard unitsInAppendix else { return [] }
            var bars = groups(rates.byParent).map { BarChart.Bar(label: $0.name, value: ($0.reportingRate ?? 0) * 100) }
            guard bars.count > 2, bars.contains(where: { $0.value > 0 }) else { return [] }
            // Bars all of one length say nothing the sentence above does not.
            guard Set(bars.map(\.value)).count > 1 else { return [] }
            var title = "Tỷ lệ gửi báo cáo theo đơn vị nhận (%)"
            if bars.count > Self.barsAtMost {
                // The units furthest behind, in the tree's order; the appendix lists them all.
                let below = bars.enumerated().filter { $0.element.value < 100 }
                let kept = Set(below.sorted { $0.element.value < $1.element.value }.prefix(Self.barsAtMost).map(\.offset))
                bars = bars.enumerated().filter { kept.contains($0.offset) }.map(\.element)
                title = "Tỷ lệ gửi báo cáo của \(bars.count) đơn vị nhận thấp nhất (%)"
                guard Set(bars.map(\.value)).count > 1 else { return [] }
            }
            return [.chart(BarChart(title: title, bars: bars))]
        case "indicator-table":
            guard !results.isEmpty else { return [] }
            let rows = zip(results, Self.items(of: results)).enumerated().map { index, pair -> [String] in
                let (result, item) = pair
                return ["\(index + 1)", item, result.target.text, result.target.target.description, Self.achieved(result), Self.verdict(result)]
            }
            return [.table(DocumentTable(caption: "Kết quả thực hiện các chỉ tiêu", columns: ["TT", "Mục", "Chỉ tiêu", "Mục tiêu", "Đạt được", "Đánh giá"],
                                         rows: rows, widths: [7, 10, 45, 12, 12, 14]))]
        case "score-table":
            guard !sheets.isEmpty else { return [] }
            // A unit whose own report is missing is scored on what it has sent: said beside its rating.
            var missing: [UnitID: [String]] = [:]
            for entry in compliance.entries where entry.state == .missing {
                let title = directive.obligation(entry.report.obligation)?.title ?? entry.report.obligation
                if !(missing[entry.report.unit]?.contains(title) ?? false) { missing[entry.report.unit, default: []].append(title) }
            }
            let rows = sheets.enumerated().map { index, scored -> [String] in
                let (unit, sheet) = scored
                let note = missing[unit.id].map { "Chưa gửi " + $0.map(Self.lowercasedFirst).joined(separator: "; ") } ?? ""
                return ["\(index + 1)", unit.shortName ?? unit.name, "\(VietnameseNumber.decimal(sheet.total))/\(VietnameseNumber.measure(sheet.maximum))",
                        sheet.rating?.rawValue ?? "—", note]
            }
            return [.table(DocumentTable(caption: "Kết quả chấm điểm (tính từ số liệu các đơn vị đã gửi)",
                                         columns: ["TT", "Đơn vị", "Điểm", "Xếp loại", "Ghi chú"],
                                         rows: rows, widths: [7, 30, 16, 13, 34]))]
        default:
            return nil
        }
    }

    static func rateColumns(first: String) -> [String] {
        ["TT", first, "Phải gửi", "Đã gửi", "Đúng hạn", "Chậm hạn", "Quá hạn chưa gửi", "Tỷ lệ đã gửi"]
    }

    private func row(_ rate: ComplianceRate) -> [String] {
        [rate.name, "\(rate.expected)", "\(rate.received)", "\(rate.onTime)", "\(rate.late)", "\(rate.missing)", Self.percent(rate.reportingRate)]
    }

    /// The rates by the unit that receives the reports in the hierarchy (the reporter's parent on
    /// the report's date), in the tree's order, named by the unit's short name where it has one.
    private func groups(_ byParent: [ComplianceRate]) -> [ComplianceRate] {
        let tree = workspace.organisation
        return byParent.map { rate in
            var rate = rate
            if let short = tree.unit(rate.group)?.shortName { rate.name = short }
            return rate
        }
    }
}
