/// The type of a value a report carries.
public enum FieldType: String, Sendable, Hashable, Codable, CaseIterable {
    /// Yes or no: "có xây dựng Kế hoạch".
    case boolean
    /// A whole number: a count of officials, of supervisions held.
    case integer
    /// Any number: points on a scoring sheet.
    case number
    /// Free text.
    case text
    /// A rating: Tốt, Khá, Trung bình, Yếu.
    case rating
    /// A calendar date.
    case date
}
