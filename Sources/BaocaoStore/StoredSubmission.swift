import BaocaoCore
import Foundation
import GRDB

/// A submission as the store keeps it: the submission, its id in the store, and the file and row
/// it came from.
public struct StoredSubmission: Sendable, Hashable {
    public var id: Int64
    public var submission: Submission
    /// The line of the source file.
    public var row: Int
    /// The id of the file it came from (``SourceFile/id``).
    public var fileID: Int64

    /// The columns ``init(row:)`` reads, in its order, from `submission s` joined with `source_file f`.
    static let columns = "s.id, s.row, s.period, s.field_values, s.directive, s.obligation, s.unit, s.narrative, s.received_at, f.path, s.declared_received_at, s.source_file_id"

    /// A row of ``columns``, read by position: looking columns up by name costs more than the
    /// rest of the row when a national period is read.
    init(row: Row) throws {
        id = row[0]
        self.row = row[1]
        fileID = row[11]
        let periodText: String = row[2]
        guard let period = Period(parsing: periodText) else {
            throw StoreError.read(reason: "submission \(id) has the period '\(periodText)', which is not one")
        }
        let valuesText: String = row[3]
        let values = try Self.flatValues(valuesText)
            ?? JSONDecoder().decode([FieldID: FieldValue].self, from: Data(valuesText.utf8))
        submission = Submission(directive: row[4], obligation: row[5], unit: row[6],
                                period: period, values: values, narrative: row[7],
                                receivedAt: Date(timeIntervalSince1970: row[8]), source: row[9],
                                declaredReceivedAt: (row[10] as Double?).map(Date.init(timeIntervalSince1970:)))
    }

    /// The values of the form the store writes itself for whole numbers and booleans —
    /// `{"a":true,"b":12}`, keys of letters, digits, `_` and `-` — read without JSONDecoder, which
    /// costs microseconds a row when a national period is read. Nil for anything else, which
    /// JSONDecoder then reads.
    static func flatValues(_ text: String) -> [FieldID: FieldValue]? {
        var text = text
        return text.withUTF8 { bytes -> [FieldID: FieldValue]? in
            var values: [FieldID: FieldValue] = [:]
            var i = 0
            func next(_ byte: UInt8) -> Bool {
                guard i < bytes.count, bytes[i] == byte else { return false }
                i += 1
                return true
            }
            guard next(UInt8(ascii: "{")) else { return nil }
            if next(UInt8(ascii: "}")) { return i == bytes.count ? values : nil }
            repeat {
                guard next(UInt8(ascii: "\"")) else { return nil }
                let keyStart = i
                while i < bytes.count, ValuesJSON.isPlain(bytes[i]) { i += 1 }
                guard i > keyStart else { return nil }
                let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[keyStart..<i]), as: UTF8.self)
                guard next(UInt8(ascii: "\"")), next(UInt8(ascii: ":")) else { return nil }
                if bytes[i...].starts(with: "true".utf8) {
                    values[key] = .boolean(true); i += 4
                } else if bytes[i...].starts(with: "false".utf8) {
                    values[key] = .boolean(false); i += 5
                } else {
                    let negative = next(UInt8(ascii: "-"))
                    let digitsStart = i
                    var number = 0
                    while i < bytes.count, (48...57).contains(bytes[i]) {
                        let (times, overflow1) = number.multipliedReportingOverflow(by: 10)
                        let (sum, overflow2) = times.addingReportingOverflow(Int(bytes[i] - 48))
                        guard !overflow1, !overflow2 else { return nil }
                        number = sum
                        i += 1
                    }
                    guard i > digitsStart, i - digitsStart == 1 || bytes[digitsStart] != 48 else { return nil }
                    values[key] = .integer(negative ? -number : number)
                }
            } while next(UInt8(ascii: ","))
            guard next(UInt8(ascii: "}")), i == bytes.count else { return nil }
            return values
        }
    }
}
