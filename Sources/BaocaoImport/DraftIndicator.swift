import BaocaoCore

/// A target the text sets ("100% …", "phấn đấu 60% …"): the value and what it says. How it is
/// counted (population, condition) is not in the text and is left for a person to add.
public struct DraftIndicator: Sendable, Hashable {
    /// `chi-tieu-6b`: the item's number, with a letter when one item sets several targets.
    public var id: String
    /// "III.6".
    public var item: String?
    public var text: String
    public var target: TargetValue
    /// "Phấn đấu" (strive for).
    public var aspirational: Bool
    /// "được Chủ tịch UBND tỉnh đánh giá": who rates.
    public var ratedBy: String?
    public var line: Int

    public init(id: String, item: String?, text: String, target: TargetValue, aspirational: Bool,
                ratedBy: String?, line: Int) {
        self.id = id
        self.item = item
        self.text = text
        self.target = target
        self.aspirational = aspirational
        self.ratedBy = ratedBy
        self.line = line
    }
}
