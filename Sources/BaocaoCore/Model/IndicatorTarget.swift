/// A target a directive sets (chỉ tiêu): what is counted, and the value it must reach.
///
/// Tây Ninh 439/KH-LĐLĐ, III.6: "Phấn đấu … 90% các liên đoàn lao động huyện, thị, thành phố,
/// công đoàn ngành … được Chủ tịch UBND tỉnh đánh giá, xếp loại Tốt": a share of the district
/// level whose rating is at least Tốt, target 90%, aspirational, rated by the Chairman.
public struct IndicatorTarget: Sendable, Hashable, Codable {
    /// Unique inside the directive: `chi-tieu-6b`.
    public var id: String
    /// The item number as printed: "III.6".
    public var item: String?
    /// The target's text as the directive states it.
    public var text: String
    public var measure: IndicatorMeasure
    public var target: TargetValue
    /// True for "phấn đấu" (strive for): a goal, not a hard requirement.
    public var isAspirational: Bool
    /// Who gives the rating the target needs: "Chủ tịch UBND tỉnh".
    public var ratedBy: String?

    public init(id: String, item: String? = nil, text: String, measure: IndicatorMeasure,
                target: TargetValue, isAspirational: Bool = false, ratedBy: String? = nil) {
        self.id = id
        self.item = item
        self.text = text
        self.measure = measure
        self.target = target
        self.isAspirational = isAspirational
        self.ratedBy = ratedBy
    }

    /// The rating a unit needs to count, when the condition is on a rating.
    public var requiredRating: Rating? {
        if case .rating(let rating)? = measure.condition?.value { return rating }
        return nil
    }
}
