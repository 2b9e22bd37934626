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
        let entries = own.isEmpty ? compliance.entries : compliance.entries.filter { $0.report.unit != issuerUnit }
        let evaluator = IndicatorEvaluator(workspace: workspace, submissions: submissions, asOf: asOf)
        let indicatorResults = evaluator.evaluate(directive, period: period, rules: indicatorRules)
            .filter { obligation == nil || $0.target.measure.report == obligation }
        let narrated = evaluator.latestSubmissions(of: directive, period: period, where: { $0.narrative != nil && (obligation == nil || $0.obligation == obligation) })

        // Scores of the units that answer to the issuer directly, where a plugin scores them.
        var sheets: [(OrganisationUnit, ScoringSheet)] = []
        if let scoring, scoring.scoresUnits {
            let latest = evaluator.latestSubmissions(of: directive, period: period)
            var seen = Set<UnitID>()
            for entry in entries where seen.insert(entry.report.unit).inserted {
                guard let unit = tree.unit(entry.report.unit),
                      issuerUnit == nil || tree.parentID(of: unit.id, at: entry.report.referenceDate) == issuerUnit,
                      let sheet = scoring.score(unit: unit.id, directive: directive, period: period, submissions: latest)
                else { continue }
                sheets.append((unit, sheet))
            }
        }

        var templates = ReportTemplates(folders: documentRules?.templateFolders ?? [])
        let context = templateContext(entries: entries, compliance: compliance, results: indicatorResults,
                                      sheets: sheets, narrated: narrated)
        let subject = templates.render("subject", context).trimmingCharacters(in: .whitespacesAndNewlines)
        let bodyText = templates.render("body", context)
        // The rates of the units below, by level and by receiving unit, counted once for the tables.
        let rates = ComplianceReport.rates(of: entries, in: tree)
        let (body, unknown) = ReportMarkup.blocks(from: bodyText) { name in
            placeholder(name, compliance: compliance, rates: rates, results: indicatorResults, sheets: sheets)
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

        var document = OfficialDocument(blocks: blocks)
        if let documentRules {
            document = documentRules.shape(document, context: DocumentContext(kind: "consolidated-report", directive: directive.id,
                                                                             period: period, asOf: asOf))
        }
        return Result(document: document, compliance: compliance, indicators: indicatorResults, problems: problems)
    }

    // MARK: parts

    func header() -> DocumentHeader {
        let tree = workspace.organisation
        let issuer = directive.issuer.unit.flatMap { tree.name(of: $0) } ?? directive.issuer.name
        return DocumentHeader(layout: DocumentLayout(issuer: directive.issuer.kind), superior: directive.issuer.superior,
                              issuer: issuer, number: Self.reportNumber(from: directive.number, layout: DocumentLayout(issuer: directive.issuer.kind)),
                              place: directive.place, date: asOf)
    }

    /// The report's number with the serial left blank for the clerk who registers it, keeping the
    /// issuer's code from the directive's number: "439/KH-LĐLĐ" → "      /BC-LĐLĐ", "558-CV/ĐUK" →
    /// "      -BC/ĐUK"; no number → "      /BC".
    static func reportNumber(from number: String?, layout: DocumentLayout) -> String {
        let blank = "      "
        guard let number else { return layout == .party ? "\(blank)-BC" : "\(blank)/BC" }
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
            if covered.contains(where: { plain.localizedCaseInsensitiveContains($0) || $0.localizedCaseInsensitiveContains(plain) }) { continue }
            names.append(recipient)
        }
        return RecipientList(recipients: names, archive: directive.archive.isEmpty ? ["VT"] : directive.archive)
    }

    /// "Kế hoạch số 439/KH-LĐLĐ ngày 09/5/2023 của Ban Thường vụ Liên đoàn Lao động tỉnh".
    var citation: String {
        var text = directive.type.vietnameseName
        if let number = directive.number { text += " số \(number)" }
        text += " ngày \(directive.date.vietnameseShort)"
        text += " của \(directive.issuer.name)"
        return text
    }

    /// "73,9%": a rate from 0 to 1 as Vietnamese writes it (the portal's pages use it too).
    package static func percent(_ value: Double?) -> String {
        guard let value else { return "—" }
        let text = String(format: "%.1f", value * 100).replacingOccurrences(of: ".", with: ",")
        return (text.hasSuffix(",0") ? String(text.dropLast(2)) : text) + "%"
    }

    static func number(_ value: Double) -> String {
        // Int(exactly:), not Int(…): a plugin's score or indicator may be 1e308, beyond Int.
        let text = Int(exactly: value).map(String.init) ?? String(format: "%.1f", value)
        return text.replacingOccurrences(of: ".", with: ",")
    }

    // MARK: template context

    func templateContext(entries: [ComplianceEntry], compliance: ComplianceReport, results: [IndicatorResult],
                         sheets: [(OrganisationUnit, ScoringSheet)], narrated: [Submission]) -> [String: Any] {
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
        let lateEntries = entries.filter { if case .late = $0.state { return seenLate.insert($0.report.unit).inserted }; return false }
        let late = lateEntries.filter(isDirect).compactMap { entry -> [String: Any]? in
            guard case .late(let days) = entry.state else { return nil }
            return ["name": tree.name(of: entry.report.unit) ?? entry.report.unit, "days": days]
        }
        var seenMissing = Set<UnitID>()
        let missingEntries = entries.filter { $0.state == .missing && seenMissing.insert($0.report.unit).inserted }
        let missing = missingEntries.filter(isDirect).map { ["name": tree.name(of: $0.report.unit) ?? $0.report.unit] as [String: Any] }
        let lateBelow = lateEntries.count - late.count
        let missingBelow = missingEntries.count - missing.count
        let met = results.filter { $0.isMet == true }.count
        let indicatorItems = results.map { result -> [String: Any] in
            [
                "item": result.target.item ?? result.target.id, "text": result.target.text,
                "target": result.target.target.description,
                "achieved": result.achieved.map { Self.number($0) + (result.target.target.isPercent ? "%" : "") } ?? "—",
                "met": result.isMet.map { $0 ? "Đạt" : "Chưa đạt" } ?? "Chưa đủ số liệu",
            ]
        }
        // What the units wrote: the units that answer to the issuer directly (or all when the
        // directive names no issuing unit), latest report first per unit.
        var narratives: [[String: Any]] = []
        var seenNarrative = Set<UnitID>()
        for submission in narrated.sorted(by: { $0.receivedAt > $1.receivedAt }) {
            guard submission.narrative != nil, submission.unit != directive.issuer.unit,
                  directive.issuer.unit == nil || tree.parentID(of: submission.unit, at: period.end) == directive.issuer.unit,
                  let text = submission.narrative?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty,
                  seenNarrative.insert(submission.unit).inserted else { continue }
            narratives.append(["unit": tree.name(of: submission.unit) ?? submission.unit, "text": text])
        }
        narratives.sort { ($0["unit"] as! String) < ($1["unit"] as! String) }
        return [
            "directive": [
                "number": directive.number ?? "", "typeName": directive.type.vietnameseName,
                "date": directive.date.vietnameseShort, "subject": Self.lowercasedFirst(directive.subject),
                "citation": citation, "issuer": directive.issuer.name,
            ] as [String: Any],
            "period": ["id": period.description, "name": period.vietnameseName],
            "asOf": asOf.vietnameseShort,
            "issuer": ["name": issuerName],
            "workspace": ["name": workspace.name, "province": workspace.province],
            "totals": [
                "expected": totals.expected, "received": totals.received, "onTime": totals.onTime, "late": totals.late,
                "missing": totals.missing, "notYetDue": totals.notYetDue,
                "reportingRate": Self.percent(totals.reportingRate), "onTimeRate": Self.percent(totals.onTimeRate),
            ] as [String: Any],
            "levels": compliance.byLevel.map { rate in
                ["name": rate.name, "expected": rate.expected, "received": rate.received,
                 "reportingRate": Self.percent(rate.reportingRate)] as [String: Any]
            },
            "late": late, "hasLate": !late.isEmpty, "lateBelow": lateBelow,
            "missing": missing, "hasMissing": !missing.isEmpty || missingBelow > 0, "missingBelow": missingBelow,
            "hasMissingNamed": !missing.isEmpty, "hasLateAny": !late.isEmpty || lateBelow > 0,
            "indicators": indicatorItems, "hasIndicators": !results.isEmpty,
            "indicatorsMet": met, "indicatorsTotal": results.count,
            "scores": sheets.map { unit, sheet in
                ["unit": unit.name, "total": Self.number(sheet.total), "maximum": Self.number(sheet.maximum),
                 "rating": sheet.rating?.rawValue ?? ""] as [String: Any]
            },
            "hasScores": !sheets.isEmpty,
            "narratives": narratives, "hasNarratives": !narratives.isEmpty,
        ]
    }

    /// "Thực hiện công tác…" → "thực hiện công tác…", for use inside a sentence; names that start
    /// with two capitals ("UBND…") are kept.
    static func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first, first.isUppercase else { return text }
        if text.count > 1, text[text.index(after: text.startIndex)].isUppercase { return text }
        return first.lowercased() + text.dropFirst()
    }

    // MARK: computed blocks

    func placeholder(_ name: String, compliance: ComplianceReport, rates: (byLevel: [ComplianceRate], byParent: [ComplianceRate]),
                     results: [IndicatorResult], sheets: [(OrganisationUnit, ScoringSheet)]) -> [DocumentBlock]? {
        switch name {
        case "level-table":
            var total = compliance.total
            total.name = "Tổng cộng"
            let rows = compliance.byLevel.map(row) + [row(total)]
            return [.table(DocumentTable(caption: "Tình hình gửi báo cáo theo cấp", columns: Self.rateColumns(first: "Cấp"),
                                         rows: rows, widths: [34, 11, 11, 11, 11, 11, 11]))]
        case "unit-table":
            return [.table(DocumentTable(caption: "Tình hình gửi báo cáo theo đơn vị nhận báo cáo", columns: Self.rateColumns(first: "Đơn vị nhận báo cáo"),
                                         rows: groups(rates.byParent).map(row), widths: [34, 11, 11, 11, 11, 11, 11]))]
        case "chart":
            let bars = groups(rates.byParent).map { BarChart.Bar(label: $0.name, value: ($0.reportingRate ?? 0) * 100) }
            return bars.isEmpty ? [] : [.chart(BarChart(title: "Tỷ lệ gửi báo cáo theo đơn vị nhận (%)", bars: bars))]
        case "indicator-table":
            guard !results.isEmpty else { return [] }
            let rows = results.map { result -> [String] in
                let text = result.target.text
                return [result.target.item ?? result.target.id, text.count > 180 ? String(text.prefix(179)) + "…" : text,
                        result.target.target.description,
                        result.achieved.map { Self.number($0) + (result.target.target.isPercent ? "%" : "") } ?? "—",
                        result.isMet.map { $0 ? "Đạt" : "Chưa đạt" } ?? "Chưa đủ số liệu"]
            }
            return [.table(DocumentTable(caption: "Kết quả thực hiện các chỉ tiêu", columns: ["Mục", "Chỉ tiêu", "Mục tiêu", "Đạt được", "Đánh giá"],
                                         rows: rows, widths: [8, 56, 11, 11, 14]))]
        case "score-table":
            guard !sheets.isEmpty else { return [] }
            return [.table(DocumentTable(caption: "Kết quả tự chấm điểm", columns: ["Đơn vị", "Điểm tự chấm", "Xếp loại"],
                                         rows: sheets.map { unit, sheet in
                                             [unit.name, "\(Self.number(sheet.total))/\(Self.number(sheet.maximum))", sheet.rating?.rawValue ?? "—"]
                                         }, widths: [60, 20, 20]))]
        default:
            return nil
        }
    }

    static func rateColumns(first: String) -> [String] {
        [first, "Phải gửi", "Đã gửi", "Đúng hạn", "Chậm hạn", "Quá hạn chưa gửi", "Tỷ lệ đã gửi"]
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
