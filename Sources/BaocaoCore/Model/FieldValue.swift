import Foundation

/// A value in a submission, typed by its ``ReportField``.
///
/// In JSON a value is a plain scalar: `true`, `12`, `8.5`, `"Tốt"`, `"2023-10-30"`. Decoding
/// cannot tell a rating or a date from text; the workspace's field types do that.
public enum FieldValue: Sendable, Hashable, Codable, CustomStringConvertible {
    case boolean(Bool)
    case integer(Int)
    case number(Double)
    case text(String)
    case rating(Rating)
    case date(CalendarDate)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Bool.self) { self = .boolean(value) }
        else if let value = try? container.decode(Int.self) { self = .integer(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else { self = .text(try container.decode(String.self)) }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .boolean(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .text(let value): try container.encode(value)
        case .rating(let value): try container.encode(value.rawValue)
        case .date(let value): try container.encode(value.description)
        }
    }

    /// Reads `text` as a value of `type`, or returns nil when it is not one.
    /// Booleans accept true/false, yes/no, có/không, 1/0; numbers accept a decimal comma.
    public init?(parsing text: String, as type: FieldType) {
        let trimmed = text.trimmedWhitespace
        switch type {
        case .boolean:
            // The words as files write them, before lower-casing (a string made for every cell).
            switch trimmed {
            case "có", "true", "x", "1": self = .boolean(true); return
            case "không", "false", "0": self = .boolean(false); return
            default: break
            }
            switch trimmed.lowercased() {
            case "true", "yes", "có", "co", "1", "x": self = .boolean(true)
            case "false", "no", "không", "khong", "0": self = .boolean(false)
            default: return nil
            }
        case .integer:
            guard let value = Int(trimmed) else { return nil }
            self = .integer(value)
        case .number:
            // A number people write: not "nan", "inf" or a hexadecimal float, which Double reads.
            guard trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.,eE".contains($0)) }),
                  let value = Double(trimmed.replacingOccurrences(of: ",", with: ".")), value.isFinite else { return nil }
            self = .number(value)
        case .text: self = .text(text)
        case .rating:
            guard let value = Rating(name: trimmed) else { return nil }
            self = .rating(value)
        case .date:
            guard let value = CalendarDate(parsing: trimmed) else { return nil }
            self = .date(value)
        }
    }

    /// The type this value has.
    public var type: FieldType {
        switch self {
        case .boolean: .boolean
        case .integer: .integer
        case .number: .number
        case .text: .text
        case .rating: .rating
        case .date: .date
        }
    }

    public var description: String {
        switch self {
        case .boolean(let value): value ? "có" : "không"
        case .integer(let value): String(value)
        case .number(let value): String(value)
        case .text(let value): value
        case .rating(let value): value.rawValue
        case .date(let value): value.description
        }
    }
}
