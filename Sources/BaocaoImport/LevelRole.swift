/// The tier a heading or a report names, in the words of union and Party documents: the
/// province's body ("Liên đoàn Lao động tỉnh"), the middle level ("LĐLĐ các huyện, thành phố, các
/// công đoàn ngành"), or the grassroots ("Công đoàn cơ sở", "chi ủy, đảng ủy cơ sở").
///
/// A workspace names its own levels; ``DirectiveBuilder`` matches each role to one of them.
public enum LevelRole: String, Sendable, Hashable, CaseIterable, Codable {
    case province
    case district
    case grassroots

    /// The role a heading names, or nil when it names none (or several ambiguously).
    static func named(in text: String) -> LevelRole? {
        let folded = VietnameseText.fold(text)
        let words = " \(folded) "
        if words.contains(" co so ") || words.contains(" cdcs ") { return .grassroots }
        if ["huyen", "thanh pho", "thi xa", "thi ", "cong doan nganh", "quan "].contains(where: { words.contains(" \($0)") }) {
            return .district
        }
        if words.contains(" tinh ") { return .province }
        return nil
    }

    /// The words that describe the role in a workspace's level and kind names.
    var keywords: [String] {
        switch self {
        case .province: ["tinh"]
        case .district: ["huyen", "nganh", "thanh pho"]
        case .grassroots: ["co so"]
        }
    }
}
