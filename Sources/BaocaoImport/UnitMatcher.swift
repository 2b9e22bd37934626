import BaocaoCore

/// Matches the names a directive's text uses ("LĐLĐ tỉnh", "UBND tỉnh", "Ban CSPL&QHLĐ", "Công
/// đoàn cơ sở") to a workspace's units, bodies, departments and levels.
///
/// Names are compared folded (no diacritics, "Tỉnh uỷ" as "Tỉnh ủy"), with the usual
/// abbreviations spelt out (LĐLĐ, UBND, CĐCS), and with the province's name optional ("Liên đoàn
/// Lao động tỉnh" is "Liên đoàn Lao động tỉnh Tây Ninh"). Only a single match counts: two
/// candidates are reported as ambiguous, never chosen between.
public struct UnitMatcher: Sendable {
    public let tree: OrganisationTree
    public let province: String

    public init(tree: OrganisationTree, province: String) {
        self.tree = tree
        self.province = province
    }

    /// The result of matching one name.
    public enum Match: Sendable, Hashable {
        case found(String)
        case unmatched(reason: String)

        public var id: String? { if case .found(let id) = self { id } else { nil } }
    }

    static let abbreviations: [(String, String)] = [
        ("ldld", "lien doan lao dong"), ("ubnd", "uy ban nhan dan"), ("cdcs", "cong doan co so"),
        ("tld", "tong lien doan lao dong viet nam"), ("mttq", "mat tran to quoc"),
    ]
    static let collectivePrefixes = ["ban thuong vu ", "ban chap hanh ", "thuong truc ", "doan chu tich "]

    /// The folded form names are compared in.
    static func key(_ name: String) -> String {
        let words = VietnameseText.fold(VietnameseText.withoutAbbreviations(name)).split(separator: " ").map { word in
            abbreviations.first { $0.0 == word }?.1 ?? String(word)
        }
        return words.joined(separator: " ")
    }

    /// The unit or body `name` names.
    public func organisation(_ name: String) -> Match {
        var wanted = Self.key(name)
        if wanted.hasPrefix("cong doan cap tren truc tiep") || wanted.hasPrefix("cap tren truc tiep") {
            return .found(RouteTarget.directSuperiorKeyword)
        }
        for prefix in Self.collectivePrefixes where wanted.hasPrefix(prefix) { wanted.removeFirst(prefix.count) }
        let provinceKey = Self.key(province)
        var candidates: [(id: String, names: [String])] = tree.units.map { ($0.id, [$0.name, $0.shortName].compactMap { $0 }) }
        candidates += tree.bodies.map { ($0.id, [$0.name, $0.shortName].compactMap { $0 }) }
        let hits = candidates.filter { candidate in
            candidate.names.map(Self.key).contains { key in
                key == wanted || key == wanted + " " + provinceKey || key + " " + provinceKey == wanted
            }
        }.map(\.id)
        switch Set(hits).count {
        case 1: return .found(hits[0])
        case 0: return .unmatched(reason: "no unit or body of the workspace is named '\(name)'")
        default: return .unmatched(reason: "'\(name)' could be any of \(Set(hits).sorted().joined(separator: ", "))")
        }
    }

    /// The channel `name` ("Ban CSPL&QHLĐ", "Sở Nội vụ"): a department of `receiver`, or a unit or body.
    public func channel(_ name: String, receiver: String?) -> Match {
        func bare(_ text: String) -> String {
            let key = Self.key(text)
            return key.hasPrefix("ban ") ? String(key.dropFirst(4)) : key
        }
        let wanted = bare(name)
        if let receiver {
            let departments = tree.unit(receiver)?.departments ?? tree.body(receiver)?.departments ?? []
            let hits = departments.filter { [$0.name, $0.shortName].compactMap { $0 }.map(bare).contains(wanted) }
            if hits.count == 1 { return .found(hits[0].id) }
        }
        if case .found(let id) = organisation(name) { return .found(id) }
        return .unmatched(reason: "'\(name)' is neither a department of \(receiver ?? "the receiver") nor a unit or body of the workspace")
    }

    /// The workspace level a role names: the level whose name speaks of it ("huyện", "cơ sở").
    public func level(_ role: LevelRole) -> Match {
        let levels = tree.levels
        let hits = levels.filter { level in
            let name = " " + VietnameseText.fold(level.name) + " "
            return role.keywords.contains { name.contains(" \($0) ") }
        }
        let chosen: Level? = switch role {
        case .province: hits.first
        case .district: hits.first { $0.id != levels.first?.id && $0.id != levels.last?.id } ?? (hits.count == 1 ? hits.first : nil)
        case .grassroots: hits.last
        }
        guard let chosen else {
            return .unmatched(reason: "no level of workspace.yaml is named for '\(role.rawValue)' (\(role.keywords.joined(separator: ", ")))")
        }
        return .found(chosen.id)
    }
}
