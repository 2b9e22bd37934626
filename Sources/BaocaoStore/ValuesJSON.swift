import BaocaoCore
import Foundation

/// Writes a submission's values as the JSON object the store keeps, keys sorted:
/// `{"co_ke_hoach":true,"doan_vien":152}`. Written directly when every value is a whole number or
/// a boolean and every key a plain identifier (most rows; JSONEncoder costs microseconds a row),
/// else by JSONEncoder. Both give the same text.
///
/// One writer serves a whole file: the rows of a file mostly carry the same fields, so the sorted
/// keys of the last row are tried first (no sorting), and the bytes are written into one buffer.
struct ValuesJSON {
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()
    /// The last row's keys, sorted, and for each the bytes written before its value (`,"key":`);
    /// nil when a key is not a plain identifier.
    private var keys: [FieldID] = []
    private var prefixes: [[UInt8]]? = []
    private var bytes: [UInt8] = []

    /// The JSON text of `values`.
    mutating func text(_ values: [FieldID: FieldValue]) throws -> String {
        if values.count != keys.count || !writePlain(values) {
            keys = values.keys.sorted()
            prefixes = keys.allSatisfy { $0.utf8.allSatisfy(Self.isPlain) }
                ? keys.enumerated().map { index, key in Array(((index > 0 ? "," : "") + "\"\(key)\":").utf8) }
                : nil
            guard writePlain(values) else { return String(decoding: try encoder.encode(values), as: UTF8.self) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes `values` in the order of ``keys`` into ``bytes``; false when a key is not among the
    /// values (the keys are another row's) or a key or value is not of the plain form.
    private mutating func writePlain(_ values: [FieldID: FieldValue]) -> Bool {
        guard let prefixes else { return false }
        bytes.removeAll(keepingCapacity: true)
        bytes.append(UInt8(ascii: "{"))
        for (key, prefix) in zip(keys, prefixes) {
            guard let value = values[key] else { return false }
            bytes.append(contentsOf: prefix)
            switch value {
            case .boolean(let value): bytes.append(contentsOf: (value ? "true" : "false").utf8)
            case .integer(let value): bytes.append(contentsOf: String(value).utf8)
            default: return false
            }
        }
        bytes.append(UInt8(ascii: "}"))
        return true
    }

    /// Whether `byte` may be in a key written directly: a letter, a digit, `_` or `-`. The reader
    /// of this form (``StoredSubmission/flatValues(_:)``) reads keys of these bytes.
    static func isPlain(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || (48...57).contains(byte) || (65...90).contains(byte)
            || (97...122).contains(byte)
    }
}
