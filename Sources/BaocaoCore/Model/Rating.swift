import Foundation

/// A rating in an assessment (xếp loại), from best to worst: Tốt, Khá, Trung bình, Yếu.
/// Written in files and JSON by its Vietnamese name.
public enum Rating: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Tốt (good).
    case good = "Tốt"
    /// Khá (fair).
    case fair = "Khá"
    /// Trung bình (average).
    case average = "Trung bình"
    /// Yếu (weak).
    case weak = "Yếu"

    /// Reads the Vietnamese name (any case) or the English one (`good`).
    public init?(name: String) {
        let key = name.trimmingCharacters(in: .whitespaces).lowercased()
        guard let rating = Rating.allCases.first(where: {
            $0.rawValue.lowercased() == key || "\($0)" == key
        }) else { return nil }
        self = rating
    }

    private var rank: Int { Rating.allCases.firstIndex(of: self)! }

    /// `weak < average < fair < good`.
    public static func < (lhs: Rating, rhs: Rating) -> Bool { lhs.rank > rhs.rank }
}
