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

    init(row: Row) throws {
        id = row["id"]
        self.row = row["row"]
        let periodText: String = row["period"]
        guard let period = Period(parsing: periodText) else {
            throw StoreError.read(reason: "submission \(id) has the period '\(periodText)', which is not one")
        }
        let valuesText: String = row["field_values"]
        let values = try JSONDecoder().decode([FieldID: FieldValue].self, from: Data(valuesText.utf8))
        submission = Submission(directive: row["directive"], obligation: row["obligation"], unit: row["unit"],
                                period: period, values: values, narrative: row["narrative"],
                                receivedAt: Date(timeIntervalSince1970: row["received_at"]), source: row["path"])
    }
}
