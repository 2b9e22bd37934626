/// The rows of a submission file in the long shape (one ``DataValue`` a row, what `baocao export`
/// writes), gathered into the submissions they make, for ``SubmissionFileReader`` to check as it
/// checks a wide file's rows.
///
/// Rows are one submission when they name the same `submission`, directive, obligation, unit,
/// period and arrival (`created`), wherever they are in the file; submissions keep the order in
/// which their first rows come. A value named twice for one submission, and two narratives for
/// one, are refused: the file does not say which is meant.
struct DataValueRows {
    typealias Record = SubmissionFileReader.Record
    typealias Column = DataValue.Column

    /// One row as written: its cells by ``Column`` (an array by the column's position, not a
    /// dictionary: an export has a row per value).
    struct Row {
        var row: Int
        var start: SourceLocation
        var cells: [Record.Cell?] = Array(repeating: nil, count: Column.allCases.count)

        init(row: Int, start: SourceLocation) {
            self.row = row
            self.start = start
        }

        subscript(column: Column) -> Record.Cell? {
            get { cells[Column.index[column]!] }
            set { cells[Column.index[column]!] = newValue }
        }
    }

    private struct Key: Hashable {
        var texts: [String]
    }

    private let path: String
    private let log: DiagnosticLog
    private var groups: [Key: Int] = [:]
    private var records: [Record] = []
    /// For each record, the first row of each value's field, and the row of its narrative.
    private var valueRows: [[String: Int]] = []
    private var narrativeRows: [Int?] = []

    init(path: String, log: DiagnosticLog) {
        self.path = path
        self.log = log
    }

    /// The key of a JSON or YAML file's list of data values: `{"dataValues": [...]}`, as DHIS2
    /// names it.
    static let listKey = "dataValues"

    /// Whether a header row (or an entry's keys) is of the long shape: it names a `dataElement`
    /// or an `orgUnit` column.
    static func isLongShape(_ names: [String]) -> Bool {
        names.contains(Column.dataElement.rawValue) || names.contains(Column.orgUnit.rawValue)
    }

    /// The column each header cell names (nil for a cell without a name), or nil when the header
    /// names a column the long shape does not have or lacks one it needs; each such problem is
    /// logged.
    static func columns(ofHeader header: [String], path: String, log: DiagnosticLog) -> [Column?]? {
        var complete = true
        let location = SourceLocation(file: path, line: 1, column: 1)
        var columns: [Column?] = []
        for (index, name) in header.enumerated() {
            guard !name.isEmpty else { columns.append(nil); continue }
            guard let column = Column(rawValue: name) else {
                log.add(SourceLocation(file: path, line: 1, column: index + 1), unknownColumn(name))
                complete = false
                columns.append(nil)
                continue
            }
            columns.append(column)
        }
        for column in Column.required where !columns.contains(column) {
            log.add(location, "the header row has no '\(column.rawValue)' column; a file of one value a row (dataElement, period, orgUnit, value, created, obligation…) needs one")
            complete = false
        }
        return complete ? columns : nil
    }

    /// Why `name` is no column of the long shape, with the one meant when it is a wide shape's.
    static func unknownColumn(_ name: String) -> String {
        let names = Column.allCases.map(\.rawValue)
        let hint = Column.forWideName(name).map { "a file of one value a row names it '\($0.rawValue)'; " }
            ?? YAMLFile.closest(to: name, in: names).map { "did you mean '\($0)'? " } ?? ""
        return "'\(name)' is no column of a file of one value a row; \(hint)its columns are: \(names.joined(separator: ", "))"
    }

    /// Adds one row to the submission it is part of.
    mutating func add(_ row: Row) {
        let key = Key(texts: [Column.submission, .directive, .obligation, .orgUnit, .period, .created].map { row[$0]?.text ?? "" })
        let index: Int
        if let known = groups[key] {
            index = known
        } else {
            index = records.count
            groups[key] = index
            var record = Record(row: row.row, start: row.start)
            record.isLongShape = true
            record[.directive] = row[.directive]
            record[.obligation] = row[.obligation]
            record[.unit] = row[.orgUnit]
            record[.period] = row[.period]
            record[.received] = row[.created]
            records.append(record)
            valueRows.append([:])
            narrativeRows.append(nil)
        }
        if let narrative = row[.narrative] {
            if let first = records[index][.narrative], first.text != narrative.text {
                log.add(narrative.location, "row \(row.row) gives its submission another narrative than row \(narrativeRows[index] ?? records[index].row) does; write a submission's narrative once")
            } else {
                records[index][.narrative] = narrative
                narrativeRows[index] = row.row
            }
        }
        switch (row[.dataElement], row[.value]) {
        case let (field?, value?):
            if let first = valueRows[index][field.text] {
                log.add(value.location, "row \(row.row) gives '\(field.text)' of its submission again (first on row \(first)); keep one")
            } else {
                valueRows[index][field.text] = row.row
                records[index].setValue(field.text, value)
            }
        case let (nil, value?):
            log.add(value.location, "row \(row.row) has a value but no dataElement; name the field it is for")
        case (_, nil):
            // A field left empty, or the row of a submission without values.
            break
        }
    }

    /// The submissions, in the order their first rows came.
    var submissions: [Record] { records }
}

extension DataValue.Column {
    /// Each column's position in ``allCases``.
    static let index = Dictionary(uniqueKeysWithValues: allCases.enumerated().map { ($0.element, $0.offset) })
}
