import Foundation

/// The project's one JSON vocabulary: what `baocao … --format json` prints and what the portal's
/// API answers are the same types (``StatusJSON``, ``ScheduleJSON``, ``IndicatorsJSON``,
/// ``RemindersJSON``, ``UnitJSON``), so that a program reading one reads the other. The same
/// names for the same things (`unit`, `unitName`, `directive` for the id and `directiveNumber`
/// for the number people write), every top level an object with the problems met on the way,
/// days as `2023-11-01` and moments as ISO 8601 with Vietnam's offset (`2023-10-30T14:20:00+07:00`).
/// Described in `Documentation/openapi.yaml`'s components.
public enum JSONVocabulary {
    /// Pretty, keys sorted, slashes and Vietnamese left as they are.
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    /// `value` as the vocabulary's UTF-8 text.
    public static func text<Value: Encodable>(_ value: Value) throws -> String {
        String(decoding: try encoder().encode(value), as: UTF8.self)
    }

    /// The word for a report's state: `on-time`, `late`, `missing`, `not-yet-due`.
    public static func state(_ state: ReportState) -> String {
        switch state {
        case .onTime: "on-time"
        case .late: "late"
        case .missing: "missing"
        case .notYetDue: "not-yet-due"
        }
    }
}
