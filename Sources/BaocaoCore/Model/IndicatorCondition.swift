/// What a unit must have reported to count towards an indicator: "có xây dựng Kế hoạch" is
/// `report: tu-danh-gia-cdcs, field: co_ke_hoach, equals: true`; "xếp loại Tốt" is
/// `field: xep_loai, atLeast: Tốt`.
public struct IndicatorCondition: Sendable, Hashable, Codable {
    /// The obligation whose submissions hold the value.
    public var report: ObligationID
    public var field: FieldID
    public var comparison: ComparisonOperator
    public var value: FieldValue

    public init(report: ObligationID, field: FieldID, comparison: ComparisonOperator, value: FieldValue) {
        self.report = report
        self.field = field
        self.comparison = comparison
        self.value = value
    }
}
