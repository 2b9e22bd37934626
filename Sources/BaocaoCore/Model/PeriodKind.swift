import Foundation

/// How often a periodic report comes: the periods of Decree 09/2019/NĐ-CP and the union system.
public enum PeriodKind: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Hằng tháng.
    case month
    /// Hằng quý.
    case quarter
    /// 6 tháng (đầu năm).
    case sixMonths = "six-months"
    /// 9 tháng.
    case nineMonths = "nine-months"
    /// Năm, cuối năm.
    case year

    /// The Vietnamese name used in documents.
    public var vietnameseName: String {
        switch self {
        case .month: "hằng tháng"
        case .quarter: "quý"
        case .sixMonths: "6 tháng"
        case .nineMonths: "9 tháng"
        case .year: "năm"
        }
    }

    /// How many periods of this kind a year has (six- and nine-month periods: halves and one).
    public var countPerYear: Int {
        switch self {
        case .month: 12
        case .quarter: 4
        case .sixMonths: 2
        case .nineMonths, .year: 1
        }
    }

    /// Reads the English id (`six-months`) or a Vietnamese name (`6 tháng`, `quý`, `cuối năm`).
    public init?(name: String) {
        let key = name.trimmingCharacters(in: .whitespaces).lowercased()
        if let kind = PeriodKind(rawValue: key) { self = kind; return }
        switch key {
        case "tháng", "hằng tháng", "hàng tháng": self = .month
        case "quý", "hằng quý", "hàng quý": self = .quarter
        case "6 tháng", "06 tháng", "sáu tháng": self = .sixMonths
        case "9 tháng", "09 tháng", "chín tháng": self = .nineMonths
        case "năm", "hằng năm", "hàng năm", "cuối năm", "một năm": self = .year
        default: return nil
        }
    }

    public var description: String { rawValue }
}
