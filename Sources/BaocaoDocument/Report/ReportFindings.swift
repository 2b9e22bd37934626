import BaocaoCore

/// Who reported and who did not, report by report, as the consolidated report's prose says it:
/// the units that answer to the issuer directly named (when they are few; else counted, and
/// listed in the appendix), those further down counted by level — "LĐLĐ huyện Bến Cầu (chậm 5
/// ngày)", "59 công đoàn cơ sở". Nothing is said of what did not happen: no "0 báo cáo chậm".
struct ReportFindings {
    /// How many units a sentence names before it counts them instead.
    static let namedAtMost = 8

    /// The late or missing reports of one kind (late, or missing) of one obligation.
    struct Group {
        /// The units named, each once, with what to say of its reports: "chậm 5 ngày", or, when it
        /// owes several in the period, "tháng 1 năm 2024 chậm 3 ngày; tháng 2 năm 2024".
        var named: [(name: String, detail: String?)]
        /// Units not named: of the units that answer to the issuer when they are many, and of each
        /// level below, counted.
        var counted: [(count: Int, what: String)]
        /// Whether the units that answer to the issuer directly were too many to name.
        var inAppendix: Bool
        var total: Int
        /// Every unit of the group by name, in the tree's order, whether named or counted.
        var units: [String]

        /// "LĐLĐ huyện Bến Cầu (chậm 5 ngày), LĐLĐ huyện Gò Dầu (chậm 1 ngày) và 7 công đoàn cơ sở".
        var text: String {
            var parts = named.map { unit in unit.detail.map { "\(unit.name) (\($0))" } ?? unit.name }
            parts += counted.map { "\($0.count) \($0.what)" }
            guard parts.count > 1 else { return parts.first ?? "" }
            return parts.dropLast().joined(separator: ", ") + " và " + parts.last!
        }
    }

    /// One obligation's figures and groups.
    struct Obligation {
        var title: String
        var rate: ComplianceRate
        var late: Group
        var missing: Group
    }

    var obligations: [Obligation]
    /// Every late or missing report of a unit that answers to the issuer directly (or the issuer
    /// itself), for the appendix: unit, report, state.
    var appendixRows: [[String]]

    /// - Parameters:
    ///   - entries: The status's entries of the directive.
    ///   - issuer: The unit that issues the report; nil when the directive names none (then every
    ///     unit is named).
    /// - Parameter period: The period of the report; a unit's reports of shorter periods inside it
    ///   are told apart by their own.
    init(entries: [ComplianceEntry], rates: [ComplianceRate], directive: Directive, period: Period, issuer: UnitID?, tree: OrganisationTree) {
        func isNamed(_ entry: ComplianceEntry) -> Bool {
            guard let issuer else { return true }
            return entry.report.unit == issuer || tree.parentID(of: entry.report.unit, at: entry.report.referenceDate) == issuer
        }
        // Units in the tree's order: their position, read from the tree's own index.
        func order(_ unit: UnitID) -> Int { tree.index(of: unit) ?? .max }
        let levelRank = Dictionary(tree.levels.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var obligations: [Obligation] = []
        var appendix: [(order: Int, row: [String])] = []
        // Only the late and the missing reports are taken out of the entries, in one pass; the
        // counts are the status's per report (`rates`, "directive/obligation").
        var lateOrMissing: [ObligationID: (late: [ComplianceEntry], missing: [ComplianceEntry])] = [:]
        for entry in entries {
            switch entry.state {
            case .late: lateOrMissing[entry.report.obligation, default: ([], [])].late.append(entry)
            case .missing: lateOrMissing[entry.report.obligation, default: ([], [])].missing.append(entry)
            case .onTime, .notYetDue: continue
            }
        }
        for obligation in directive.obligations {
            guard let rate = rates.first(where: { $0.group == "\(directive.id)/\(obligation.id)" }) else { continue }
            func group(_ matching: [ComplianceEntry], late: Bool) -> Group {
                let sorted = matching.sorted { (order($0.report.unit), $0.report.period.period) < (order($1.report.unit), $1.report.period.period) }
                var named: [(name: String, detail: String?)] = []
                var namedUnits: [UnitID: Int] = [:]
                var below: [LevelID: Int] = [:]
                var units: [String] = []
                // Several reports of a unit in the period (its months in a quarter): counted as reports.
                let several = sorted.contains { $0.report.period.period != period }
                for entry in sorted {
                    units.append(tree.unit(entry.report.unit)?.name ?? entry.report.unit)
                    guard isNamed(entry) else {
                        below[tree.levelID(ofUnit: entry.report.unit) ?? "", default: 0] += 1
                        continue
                    }
                    var parts: [String] = []
                    if entry.report.period.period != period { parts.append(entry.report.period.period.vietnameseName) }
                    if late, case .late(let days) = entry.state { parts.append("chậm \(days) ngày") }
                    let part = parts.isEmpty ? nil : parts.joined(separator: " ")
                    if let known = namedUnits[entry.report.unit] {
                        // The same unit again: one name, its reports' details one after another.
                        named[known].detail = [named[known].detail, part].compactMap { $0 }.joined(separator: "; ")
                        continue
                    }
                    var name = tree.unit(entry.report.unit).map { $0.shortName ?? $0.name } ?? entry.report.unit
                    var detail = part
                    // The issuer's own report is the one this document is.
                    if entry.report.unit == issuer {
                        name = tree.unit(entry.report.unit)?.name ?? name
                        detail = ["báo cáo này", part].compactMap { $0 }.joined(separator: ", ")
                    }
                    namedUnits[entry.report.unit] = named.count
                    named.append((name, detail))
                }
                var counted = below.sorted { (levelRank[$0.key] ?? .max) < (levelRank[$1.key] ?? .max) }.map { level, count in
                    (count: count, what: (several ? "báo cáo của " : "") + (tree.level(level).map { ConsolidatedReport.lowercasedFirst($0.name) } ?? "đơn vị"))
                }
                let inAppendix = named.count > Self.namedAtMost
                if inAppendix {
                    counted.insert((count: named.count, what: "đơn vị trực thuộc (danh sách tại Phụ lục)"), at: 0)
                    named = []
                }
                return Group(named: named, counted: counted, inAppendix: inAppendix, total: matching.count, units: units)
            }
            let (late, missing) = lateOrMissing[obligation.id] ?? ([], [])
            var named = rate
            named.group = obligation.id
            obligations.append(Obligation(title: obligation.title, rate: named, late: group(late, late: true), missing: group(missing, late: false)))
            for entry in late + missing where isNamed(entry) {
                let name = tree.unit(entry.report.unit)?.name ?? entry.report.unit
                let state: String = if case .late(let days) = entry.state { "Gửi chậm \(days) ngày" } else { "Chưa gửi" }
                let title = obligation.title + (entry.report.period.period == period ? "" : " (\(entry.report.period.period.vietnameseName))")
                appendix.append((order(entry.report.unit), [name, title, state]))
            }
        }
        self.obligations = obligations
        appendixRows = appendix.enumerated().sorted { ($0.element.order, $0.offset) < ($1.element.order, $1.offset) }
            .enumerated().map { index, item in ["\(index + 1)"] + item.element.row }
    }

    /// Whether any sentence sent its names to the appendix.
    var needsAppendix: Bool { obligations.contains { $0.late.inAppendix || $0.missing.inAppendix } }
}
