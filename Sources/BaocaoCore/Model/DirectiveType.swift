import Foundation

/// The type of a document (loại văn bản), which leads its number: 439/**KH**-LĐLĐ is a plan.
public enum DirectiveType: String, Sendable, Hashable, Codable, CaseIterable {
    /// Kế hoạch (KH): seeds 000 and 001.
    case plan
    /// Công văn (CV): seeds 003 and 004; the subject starts with "V/v".
    case officialLetter = "official-letter"
    /// Thông tri (TT): a Party circular, such as 08-TT/TU.
    case partyCircular = "party-circular"
    /// Thông tư (TT): a ministry's circular, such as 01/2016/TT-BNV.
    case circular
    /// Quyết định (QĐ).
    case decision
    /// Quy định (QĐ): a Party regulation, such as 124-QĐ/TW.
    case regulation
    /// Hướng dẫn (HD).
    case guidance
    /// Chỉ thị (CT).
    case instruction
    /// Chương trình (CTr), including a coordination programme ("Chương trình phối hợp").
    case programme
    /// Nghị định (NĐ): a government decree.
    case decree
    /// Nghị quyết (NQ).
    case resolution
    /// Kết luận (KL).
    case conclusion
    /// Luật: a law.
    case law
    /// Báo cáo (BC).
    case report
    /// Thông báo (TB).
    case notice
    /// Đề án: a scheme.
    case scheme

    /// The Vietnamese name: "Kế hoạch".
    public var vietnameseName: String {
        switch self {
        case .plan: "Kế hoạch"
        case .officialLetter: "Công văn"
        case .partyCircular: "Thông tri"
        case .circular: "Thông tư"
        case .decision: "Quyết định"
        case .regulation: "Quy định"
        case .guidance: "Hướng dẫn"
        case .instruction: "Chỉ thị"
        case .programme: "Chương trình"
        case .decree: "Nghị định"
        case .resolution: "Nghị quyết"
        case .conclusion: "Kết luận"
        case .law: "Luật"
        case .report: "Báo cáo"
        case .notice: "Thông báo"
        case .scheme: "Đề án"
        }
    }

    /// The abbreviation in document numbers: "KH".
    public var abbreviation: String {
        switch self {
        case .plan: "KH"
        case .officialLetter: "CV"
        case .partyCircular, .circular: "TT"
        case .decision, .regulation: "QĐ"
        case .guidance: "HD"
        case .instruction: "CT"
        case .programme: "CTr"
        case .decree: "NĐ"
        case .resolution: "NQ"
        case .conclusion: "KL"
        case .law: "L"
        case .report: "BC"
        case .notice: "TB"
        case .scheme: "ĐA"
        }
    }

    /// Reads the English id (`plan`) or the Vietnamese name (`Kế hoạch`, any case).
    public init?(name: String) {
        let key = name.trimmingCharacters(in: .whitespaces)
        if let type = DirectiveType(rawValue: key.lowercased()) { self = type; return }
        let lowered = key.lowercased()
        guard let type = DirectiveType.allCases.first(where: { $0.vietnameseName.lowercased() == lowered })
        else { return nil }
        self = type
    }
}
