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
        /// The units named, each with its lateness in days for a late report.
        var named: [(name: String, days: Int?)]
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
            var parts = named.map { unit in unit.days.map { "\(unit.name) (chậm \($0) ngày)" } ?? unit.name }
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
    init(entries: [ComplianceEntry], rates: [ComplianceRate], directive: Directive, issuer: UnitID?, tree: OrganisationTree) {
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
                var named: [(name: String, days: Int?)] = []
                var below: [LevelID: Int] = [:]
                var units: [String] = []
                for entry in sorted {
                    units.append(tree.unit(entry.report.unit)?.name ?? entry.report.unit)
                    if isNamed(entry) {
                        var days: Int?
                        if case .late(let lateDays) = entry.state { days = lateDays }
                        var name = tree.unit(entry.report.unit).map { $0.shortName ?? $0.name } ?? entry.report.unit
                        // The issuer's own report is the one this document is.
                        if entry.report.unit == issuer { name = (tree.unit(entry.report.unit)?.name ?? name) + " (báo cáo này)" }
                        named.append((name, late ? days : nil))
                    } else {
                        below[tree.levelID(ofUnit: entry.report.unit) ?? "", default: 0] += 1
                    }
                }
                var counted = below.sorted { (levelRank[$0.key] ?? .max) < (levelRank[$1.key] ?? .max) }.map { level, count in
                    (count: count, what: tree.level(level).map { ConsolidatedReport.lowercasedFirst($0.name) } ?? "đơn vị")
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
                appendix.append((order(entry.report.unit), [name, obligation.title, state]))
            }
        }
        self.obligations = obligations
        appendixRows = appendix.enumerated().sorted { ($0.element.order, $0.offset) < ($1.element.order, $1.offset) }
            .enumerated().map { index, item in ["\(index + 1)"] + item.element.row }
    }

    /// Whether any sentence sent its names to the appendix.
    var needsAppendix: Bool { obligations.contains { $0.late.inAppendix || $0.missing.inAppendix } }
}
