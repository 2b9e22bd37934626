import Foundation

/// One value of one stored submission, in the shape of DHIS2's data value sets: the field
/// (`dataElement`), the period, the unit (`orgUnit`), the value as text, how the file came in
/// (`storedBy`), when the report arrived (`created`) and when it was stored (`lastUpdated`), with
/// what baocao needs beside: the directive and obligation the field belongs to, the submission it
/// is part of, and the submission's narrative.
///
/// What `baocao export` writes and `baocao ingest` reads back (the "long" shape of a submission
/// file, one row per value, beside the "wide" one of one row per submission): as CSV or XLSX with
/// ``Column`` as the header, as JSON `{"dataValues": [...]}`. The rows of one submission share
/// ``submission`` (the store's id in an export); a submission without values has one row with no
/// `dataElement`, so that it is still there when read back; its narrative is on its first row.
///
///     dataElement,period,orgUnit,value,storedBy,created,lastUpdated,directive,obligation,submission,narrative
///     can_bo_tong,2023,ldld-tan-chau,71,cli,2023-10-26T15:15:00+07:00,2023-11-05T10:00:00+07:00,439-kh-ldld,bao-cao-ket-qua,4,Báo cáo…
///     can_bo_hoc_tap,2023,ldld-tan-chau,61,cli,2023-10-26T15:15:00+07:00,2023-11-05T10:00:00+07:00,439-kh-ldld,bao-cao-ket-qua,4,
public struct DataValue: Sendable, Hashable, Codable {
    /// The field's id in its obligation; nil on the one row of a submission without values.
    public var dataElement: FieldID?
    /// `2023`, `2023-H1`, `2023-Q2`, `2023-05`.
    public var period: String
    /// The unit's id.
    public var orgUnit: UnitID
    /// The value as text (``text(of:)``); nil with no ``dataElement``.
    public var value: String?
    /// How the file came in: `cli` (an official's `baocao ingest`) or `portal` (a unit's upload).
    public var storedBy: String?
    /// When the report arrived, ISO 8601 in Vietnam's time: `2023-10-26T15:15:00+07:00`. Read
    /// back as the arrival, so on time and late come out as before.
    public var created: String
    /// When the store took the file in, in the same form; not read back (the new store records
    /// its own).
    public var lastUpdated: String?
    /// The directive's id.
    public var directive: DirectiveID
    /// The obligation's id in the directive.
    public var obligation: ObligationID
    /// Which submission the row is part of: the rows of one submission share it, and two
    /// submissions of one report (a resubmission) differ in it even when they arrived at the same
    /// moment.
    public var submission: Int64?
    /// The submission's narrative, on its first row.
    public var narrative: String?

    public init(dataElement: FieldID?, period: String, orgUnit: UnitID, value: String?, storedBy: String? = nil,
                created: String, lastUpdated: String? = nil, directive: DirectiveID, obligation: ObligationID,
                submission: Int64? = nil, narrative: String? = nil) {
        self.dataElement = dataElement
        self.period = period
        self.orgUnit = orgUnit
        self.value = value
        self.storedBy = storedBy
        self.created = created
        self.lastUpdated = lastUpdated
        self.directive = directive
        self.obligation = obligation
        self.submission = submission
        self.narrative = narrative
    }

    /// The columns of the long shape, in the order an export writes them; what a header row of a
    /// CSV or XLSX file (or the keys of a `dataValues` entry) may name.
    public enum Column: String, CaseIterable, Sendable {
        case dataElement, period, orgUnit, value, storedBy, created, lastUpdated, directive, obligation, submission, narrative

        /// The columns each row needs (`directive` may be left out when the workspace has one).
        public static let required: [Column] = [.dataElement, .value, .period, .orgUnit, .created, .obligation]

        /// The column of the wide shape (one row per submission) that says the same.
        var wideName: String? {
            switch self {
            case .orgUnit: "unit"
            case .created: "received"
            case .directive, .obligation, .period, .narrative: rawValue
            case .dataElement, .value, .storedBy, .lastUpdated, .submission: nil
            }
        }

        /// The long shape's column for a wide shape's name (`unit` → `orgUnit`), for a hint.
        static func forWideName(_ name: String) -> Column? {
            allCases.first { $0.wideName == name && $0.rawValue != name }
        }
    }

    /// The rows of `submission`: one per value, in the order of the obligation's fields
    /// (`fields`; others after, by id), or one without a value when it has none; the narrative
    /// on the first.
    /// - Parameters:
    ///   - id: The store's id of the submission.
    ///   - storedBy: How its file came in.
    ///   - lastUpdated: When its file was stored.
    public static func rows(of submission: Submission, id: Int64?, fields: [FieldID], storedBy: String?,
                            lastUpdated: Date?) -> [DataValue] {
        let order = Dictionary(fields.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        let ids = submission.values.keys.sorted { a, b in
            switch (order[a], order[b]) {
            case let (x?, y?): x < y
            case (.some, nil): true
            case (nil, .some): false
            case (nil, nil): a < b
            }
        }
        let created = ReceivedTime.iso8601(submission.receivedAt)
        let updated = lastUpdated.map(ReceivedTime.iso8601)
        let period = submission.period.description
        func row(_ field: FieldID?) -> DataValue {
            DataValue(dataElement: field, period: period, orgUnit: submission.unit, value: field.flatMap { submission.values[$0] }.map(text(of:)),
                      storedBy: storedBy, created: created, lastUpdated: updated, directive: submission.directive,
                      obligation: submission.obligation, submission: id)
        }
        var rows = ids.isEmpty ? [row(nil)] : ids.map(row)
        rows[0].narrative = submission.narrative
        return rows
    }

    /// A value as the long shape writes it, the form ``FieldValue/init(parsing:as:)`` reads back
    /// to the same value: `true`/`false`, `12`, `73.9`, `Tốt`, `2023-10-30`, the text.
    public static func text(of value: FieldValue) -> String {
        switch value {
        case .boolean(let value): value ? "true" : "false"
        default: value.description
        }
    }

    /// The row's cells, in ``Column``'s order, as CSV writes them.
    public var cells: [String] {
        Column.allCases.map { column in
            switch column {
            case .dataElement: dataElement ?? ""
            case .period: period
            case .orgUnit: orgUnit
            case .value: value ?? ""
            case .storedBy: storedBy ?? ""
            case .created: created
            case .lastUpdated: lastUpdated ?? ""
            case .directive: directive
            case .obligation: obligation
            case .submission: submission.map(String.init) ?? ""
            case .narrative: narrative ?? ""
            }
        }
    }
}
