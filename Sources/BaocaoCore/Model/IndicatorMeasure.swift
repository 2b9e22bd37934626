/// How an indicator's achieved value is counted.
public enum IndicatorMeasure: Sendable, Hashable, Codable {
    /// The share of a population of units that meet a condition, in percent:
    /// "100% công đoàn cơ sở các đơn vị hành chính, sự nghiệp … có xây dựng Kế hoạch".
    case share(population: UnitSelector, condition: IndicatorCondition)
    /// The number of units in a population that meet a condition.
    case count(population: UnitSelector, condition: IndicatorCondition)
    /// One reported sum over another, in percent, when the population is people rather than
    /// units: "100% cán bộ, công chức, viên chức được học tập" is officials trained over
    /// officials, both summed over the reports received.
    case ratio(report: ObligationID, numerator: FieldID, denominator: FieldID)
    /// The sum of a reported value over the reports received.
    case sum(report: ObligationID, field: FieldID)
    /// Computed by a plugin's `indicator` hook: a province's own way of counting.
    case plugin

    /// The population of units counted, for share and count.
    public var population: UnitSelector? {
        switch self {
        case .share(let population, _), .count(let population, _): population
        case .ratio, .sum, .plugin: nil
        }
    }

    /// The report the measure is counted from; nil for a plugin's own way of counting.
    public var report: ObligationID? {
        switch self {
        case .share(_, let condition), .count(_, let condition): condition.report
        case .ratio(let report, _, _), .sum(let report, _): report
        case .plugin: nil
        }
    }

    /// The condition a unit must meet, for share and count.
    public var condition: IndicatorCondition? {
        switch self {
        case .share(_, let condition), .count(_, let condition): condition
        case .ratio, .sum, .plugin: nil
        }
    }
}
