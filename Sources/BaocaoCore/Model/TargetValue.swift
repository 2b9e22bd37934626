import Foundation

/// The value an indicator must reach: a percentage ("60%") or a number ("12").
/// Written in files as `60%` or `12`.
public enum TargetValue: Sendable, Hashable, Codable, CustomStringConvertible {
    case percent(Double)
    case count(Double)

    /// Reads "60%", "60 %" as a percentage and "12" as a count: a finite number, 0–100 for a
    /// percentage and ≥ 0 for a count ("inf" and "nan" are not targets).
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix("%") {
            let number = trimmed.dropLast().trimmingCharacters(in: .whitespaces)
            guard let value = Double(number.replacingOccurrences(of: ",", with: ".")),
                  (0...100).contains(value) else { return nil }
            self = .percent(value)
        } else {
            guard let value = Double(trimmed), value.isFinite, value >= 0 else { return nil }
            self = .count(value)
        }
    }

    public var description: String {
        func format(_ value: Double) -> String {
            // Int(exactly:): a count too large for Int is shown as Swift writes it, not trapped on.
            Int(exactly: value).map(String.init) ?? String(value)
        }
        switch self {
        case .percent(let value): return "\(format(value))%"
        case .count(let value): return format(value)
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Double.self) { self = .count(number); return }
        let text = try container.decode(String.self)
        guard let value = TargetValue(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not a target like 60% or 12")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension TargetValue {
    /// Whether the target is a percentage.
    public var isPercent: Bool {
        if case .percent = self { return true }
        return false
    }
}
