import Foundation
import Yams

/// Reads a file of submissions — an Excel workbook (.xlsx) or CSV as officials fill them in, or
/// JSON and YAML from programs —
/// and checks every row against the workspace. A file with any problem is refused whole, with
/// every problem located by file, row and column.
///
/// XLSX (the first sheet) and CSV: a header row, then one submission per row.
///
///     obligation,unit,period,received,co_ke_hoach,xep_loai,narrative
///     tu-danh-gia-cdcs,cdcs-tn-0001,2023,2023-10-25 09:30,có,Tốt,Đã xây dựng kế hoạch…
///
/// `obligation`, `unit`, `period` and `received` are required; `directive` (its id or number) may
/// be left out when the workspace has one directive; `narrative` is optional; every other column
/// is a value, named by the field's id in the obligation. JSON and YAML: a list of objects (or
/// `{"submissions": [...]}`) with the same keys and the values under `values`.
///
/// Or one value a row, the shape of DHIS2's data value sets that `baocao export` writes (see
/// ``DataValue``): a CSV or XLSX header naming `dataElement`, `period`, `orgUnit`, `value`,
/// `created` (the arrival) and `obligation`, and perhaps `directive`, `submission`, `narrative`,
/// `storedBy` and `lastUpdated` (not read); JSON and YAML `{"dataValues": [...]}` with those keys.
/// The rows of one submission are gathered into it (``DataValueRows``) and checked as a wide
/// file's row is.
public struct SubmissionFileReader: Sendable {
    public let workspace: Workspace

    static let standardColumns = Record.Column.allCases.map(\.name)

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    /// Reads and checks `url`, shown as `path` in messages; `rules` (the plugin chain's
    /// `validate` hooks) check each submission beyond its form, and their warnings are returned.
    /// - Throws: ``SubmissionFileError/invalid(_:)`` with every problem found.
    public func read(url: URL, path: String, rules: (any SubmissionRules)? = nil) throws(SubmissionFileError) -> [SubmissionRow] {
        try readWithWarnings(url: url, path: path, rules: rules).rows
    }

    /// ``read(url:path:rules:)``, with the warnings the rules gave; `progress` is told how many of
    /// the file's rows have been checked, for a progress bar on large files.
    public func readWithWarnings(url: URL, path: String, rules: (any SubmissionRules)?,
                                 progress: ((_ checked: Int, _ total: Int) -> Void)? = nil) throws(SubmissionFileError)
        -> (rows: [SubmissionRow], warnings: [Diagnostic]) {
        let log = DiagnosticLog()
        let records: [Record]
        switch url.pathExtension.lowercased() {
        case "csv": records = readCSV(url: url, path: path, log: log)
        case "xlsx": records = readXLSX(url: url, path: path, log: log)
        case "json", "yaml", "yml": records = readStructured(url: url, path: path, log: log)
        default:
            throw .invalid([Diagnostic(SourceLocation(file: path, line: 1, column: 1),
                                       "cannot read a '.\(url.pathExtension)' file; give submissions as .xlsx, .csv, .json or .yaml")])
        }
        // The rows are checked, then (when some plugin validates) given to the plugins: two passes
        // for the progress bar.
        let validating = rules?.validatesSubmissions == true
        var rows: [SubmissionRow] = []
        rows.reserveCapacity(records.count)
        var resolver = ReportResolver(workspace: workspace)
        // Taken once per file, not per row: a copy of the tree counts a reference to each of its
        // arrays, shared by every thread reading files.
        let tree = workspace.organisation
        for (index, record) in records.enumerated() {
            if let row = check(record, path: path, log: log, resolver: &resolver, tree: tree) { rows.append(row) }
            progress?(index + 1, records.count * (validating ? 2 : 1))
        }
        if rows.isEmpty && log.isEmpty {
            log.add(SourceLocation(file: path, line: 1, column: 1), "the file holds no submission")
        }
        var warnings: [Diagnostic] = []
        if let rules, validating, log.isEmpty {
            for (index, row) in rows.enumerated() {
                progress?(records.count + index + 1, records.count * 2)
                for finding in rules.validate(row.submission) {
                    let location = finding.field.flatMap { row.locations[$0] } ?? row.start
                    let diagnostic = Diagnostic(location, "\(finding.message) (plugin \(finding.plugin))")
                    if finding.severity == .error { log.add(diagnostic) } else { warnings.append(diagnostic) }
                }
            }
        }
        guard log.isEmpty else { throw .invalid(log.sorted) }
        for index in rows.indices { rows[index].submission.source = path }
        return (rows, warnings)
    }

    // MARK: Raw records

    /// One submission as written: each cell with where it is.
    struct Record {
        /// A cell's text and where it is. A struct, not a tuple: tuples are laid out at run time,
        /// and a national ingest makes and drops millions of cells.
        struct Cell {
            var text: String
            var location: SourceLocation

            init(_ text: String, _ location: SourceLocation) {
                self.text = text
                self.location = location
            }
        }

        /// A value's cell and the field id its column names.
        struct Value {
            var name: String
            var cell: Cell
        }

        /// The columns every format names the same way; the others are values.
        enum Column: Int, CaseIterable {
            case directive, obligation, unit, period, received, narrative

            /// As written in a header row or a key.
            var name: String {
                switch self {
                case .directive: "directive"
                case .obligation: "obligation"
                case .unit: "unit"
                case .period: "period"
                case .received: "received"
                case .narrative: "narrative"
                }
            }

            /// Every column, made once (`allCases` makes a new array at every use, and records are
            /// made for every row).
            static let all = allCases

            /// The column named `name`, if it is one of these.
            init?(name: String) {
                guard let column = Self.all.first(where: { $0.name == name }) else { return nil }
                self = column
            }
        }

        var row: Int
        var start: SourceLocation
        /// Whether it was gathered from rows of one value each (``DataValueRows``), whose columns
        /// name the unit `orgUnit` and the arrival `created`.
        var isLongShape = false
        /// The cells of the standard columns, by ``Column`` (an array, not a dictionary: a
        /// record is made for every row of a file).
        var cells: [Cell?] = Array(repeating: nil, count: Column.all.count)
        /// The values, by field id, in the order first written; an id written twice keeps the last.
        private(set) var values: [Value] = []

        init(row: Int, start: SourceLocation) {
            self.row = row
            self.start = start
        }

        subscript(column: Column) -> Cell? {
            get { cells[column.rawValue] }
            set { cells[column.rawValue] = newValue }
        }

        /// The name of `column` as the record's file writes it: `orgUnit` for the unit and
        /// `created` for the arrival in the long shape.
        func name(of column: Column) -> String {
            guard isLongShape else { return column.name }
            switch column {
            case .unit: return DataValue.Column.orgUnit.rawValue
            case .received: return DataValue.Column.created.rawValue
            default: return column.name
            }
        }

        /// Sets the value `name` to `cell`, in place of one written before under the same name.
        mutating func setValue(_ name: String, _ cell: Cell) {
            if let index = values.firstIndex(where: { $0.name == name }) {
                values[index].cell = cell
            } else {
                values.append(Value(name: name, cell: cell))
            }
        }
    }

    /// What a header column holds: a standard column, a value (named by its field id), or
    /// nothing (no header).
    enum HeaderColumn {
        case standard(Record.Column)
        case value(String)
        case none

        init(_ name: String) {
            if name.isEmpty {
                self = .none
            } else if let column = Record.Column(name: name) {
                self = .standard(column)
            } else {
                self = .value(name)
            }
        }
    }

    private func readCSV(url: URL, path: String, log: DiagnosticLog) -> [Record] {
        guard let table = CSVTable(contentsOf: url) else {
            log.add(SourceLocation(file: path, line: 1, column: 1), "cannot read the file as UTF-8 text; save the spreadsheet as 'CSV UTF-8'")
            return []
        }
        // What cannot be read exactly refuses the file before anything is read from it: an
        // unclosed quote moves every later row into one cell.
        guard table.reportProblems(path: path, to: log) else { return [] }
        guard let headerRow = table.rows.first else {
            log.add(SourceLocation(file: path, line: 1, column: 1), "cannot read the CSV header row")
            return []
        }
        let header = headerRow.fields.map { $0.text.trimmedWhitespace }
        guard Self.uniqueColumns(header, log: log, location: { SourceLocation(file: path, line: headerRow.line, column: headerRow.fields[$0].column) }) else {
            return []
        }
        // One value a row (what `baocao export` writes), or one submission a row.
        let long = DataValueRows.isLongShape(header)
        let longColumns = long ? DataValueRows.columns(ofHeader: header, path: path, log: log) : nil
        guard long ? longColumns != nil : checkHeader(header, path: path, log: log) else {
            log.add(SourceLocation(file: path, line: 1, column: 1),
                    "the header was read as \(header.count) column\(header.count == 1 ? "" : "s") separated by \(table.separatorName): \(header.prefix(6).map { "'\($0)'" }.joined(separator: ", "))\(header.count > 6 ? ", …" : "")")
            return []
        }
        let columns = header.map(HeaderColumn.init)
        var records: [Record] = []
        var gathered = DataValueRows(path: path, log: log)
        records.reserveCapacity(long ? 0 : table.rows.count - 1)
        for row in table.rows.dropFirst() {
            let fields = row.fields
            if fields.allSatisfy({ $0.text.trimmedWhitespace.isEmpty }) { continue }
            guard fields.count == header.count else {
                log.add(SourceLocation(file: path, line: row.line, column: 1),
                        "row \(row.line) has \(fields.count) fields but the header has \(header.count) (separated by \(table.separatorName)); check for a stray or missing separator")
                continue
            }
            let cell = { (index: Int) in
                let field = fields[index]
                return (field.text, SourceLocation(file: path, line: field.line, column: field.column))
            }
            if let longColumns {
                gathered.add(longRow(row: row.line, columns: longColumns, path: path, cell: cell))
            } else {
                records.append(record(row: row.line, columns: columns, path: path, cell: cell))
            }
        }
        return long ? gathered.submissions : records
    }

    private func readXLSX(url: URL, path: String, log: DiagnosticLog) -> [Record] {
        let sheet: XLSXSheet
        do {
            sheet = try XLSXSheet(url: url)
        } catch XLSXSheet.Problem.notAWorkbook(let reason) {
            log.add(SourceLocation(file: path, line: 1, column: 1), "cannot read the workbook: \(reason); save it from Excel or LibreOffice as .xlsx")
            return []
        } catch {
            log.add(SourceLocation(file: path, line: 1, column: 1), "cannot read the workbook: \(error)")
            return []
        }
        guard let first = sheet.rows.first else {
            log.add(SourceLocation(file: path, line: 1, column: 1), "the first sheet is empty; put the header row on row 1")
            return []
        }
        guard sheet.problems.isEmpty else {
            for problem in sheet.problems { log.add(SourceLocation(file: path, line: problem.row, column: problem.column + 1), problem.message) }
            return []
        }
        let width = (first.cells.keys.max() ?? -1) + 1
        let header = (0..<width).map { (first.cells[$0] ?? "").trimmedWhitespace }
        guard Self.uniqueColumns(header, log: log, location: { SourceLocation(file: path, line: first.number, column: $0 + 1) }) else {
            return []
        }
        let long = DataValueRows.isLongShape(header)
        let longColumns = long ? DataValueRows.columns(ofHeader: header, path: path, log: log) : nil
        guard long ? longColumns != nil : checkHeader(header, path: path, log: log) else { return [] }
        let columns = header.map(HeaderColumn.init)
        var gathered = DataValueRows(path: path, log: log)
        let records: [Record] = sheet.rows.dropFirst().compactMap { row in
            guard row.cells.values.contains(where: { !$0.trimmedWhitespace.isEmpty }) else { return nil }
            for column in row.cells.keys where column >= width && !(row.cells[column] ?? "").isEmpty {
                log.add(SourceLocation(file: path, line: row.number, column: column + 1),
                        "row \(row.number) has a value in column \(column + 1), which has no header")
            }
            let cell = { (index: Int) in (row.cells[index] ?? "", SourceLocation(file: path, line: row.number, column: index + 1)) }
            if let longColumns {
                gathered.add(longRow(row: row.number, columns: longColumns, path: path, cell: cell))
                return nil
            }
            return record(row: row.number, columns: columns, path: path, cell: cell)
        }
        return long ? gathered.submissions : records
    }

    /// Whether no column of `header` is named twice; reports each second one at `location(index)`.
    /// With two columns of one name, which of the two values counts cannot be told.
    static func uniqueColumns(_ header: [String], log: DiagnosticLog, location: (Int) -> SourceLocation) -> Bool {
        var first: [String: Int] = [:]
        var unique = true
        for (index, name) in header.enumerated() where !name.isEmpty {
            if let earlier = first[name] {
                log.add(location(index), "the column '\(name)' is named twice: here and as the header's column \(earlier + 1); which value counts cannot be told; delete one of them or name it after its field")
                unique = false
            } else {
                first[name] = index
            }
        }
        return unique
    }

    /// Checks the header row has the columns every submission needs.
    private func checkHeader(_ header: [String], path: String, log: DiagnosticLog) -> Bool {
        var complete = true
        for column in ["obligation", "unit", "period", "received"] where !header.contains(column) {
            log.add(SourceLocation(file: path, line: 1, column: 1), "the header row has no '\(column)' column; every submission needs one")
            complete = false
        }
        return complete
    }

    /// A row of a sheet (CSV or XLSX) in the long shape: its cells by column, the empty ones left out.
    private func longRow(row: Int, columns: [DataValue.Column?], path: String,
                         cell: (Int) -> (String, SourceLocation)) -> DataValueRows.Row {
        var long = DataValueRows.Row(row: row, start: SourceLocation(file: path, line: row, column: 1))
        for (index, column) in columns.enumerated() {
            guard let column else { continue }
            let (text, location) = cell(index)
            let value = text.trimmedWhitespace
            if !value.isEmpty { long[column] = Record.Cell(value, location) }
        }
        return long
    }

    /// A row of a sheet (CSV or XLSX) as a record: the standard columns as cells, the others as values.
    private func record(row: Int, columns: [HeaderColumn], path: String, cell: (Int) -> (String, SourceLocation)) -> Record {
        var record = Record(row: row, start: SourceLocation(file: path, line: row, column: 1))
        for (index, column) in columns.enumerated() {
            if case .none = column { continue }
            let (text, location) = cell(index)
            let value = text.trimmedWhitespace
            guard !value.isEmpty else { continue }
            switch column {
            case .standard(let standard): record[standard] = Record.Cell(value, location)
            case .value(let name): record.setValue(name, Record.Cell(value, location))
            case .none: break
            }
        }
        return record
    }

    private func readStructured(url: URL, path: String, log: DiagnosticLog) -> [Record] {
        let file = YAMLFile(url: url, path: path, log: log)
        guard var list = file.root else {
            if log.isEmpty { log.add(file.location(nil), "the file is empty; expected a list of submissions") }
            return []
        }
        if case .mapping = list,
           let mapping = file.attempt({ () throws(Diagnostic) in
               try file.mapping(list, what: "submission file", keys: ["submissions", DataValueRows.listKey])
           }) {
            if let values = mapping.value(DataValueRows.listKey) {
                return readDataValues(values, file: file, path: path, log: log)
            }
            if let inner = mapping.value("submissions") { list = inner }
        }
        let keys = Self.standardColumns + ["values"]
        let entries = file.attempt { () throws(Diagnostic) in
            try file.mappings(list, what: "submission", keys: keys) { entry -> Record? in
                var record = Record(row: file.location(entry.node).line, start: file.location(entry.node))
                for column in Record.Column.allCases {
                    if let node = entry.value(column.name), let text = Self.text(of: node, in: file, log: log) {
                        record[column] = Record.Cell(text, file.location(node))
                    }
                }
                if let node = entry.value("values") {
                    guard case .mapping(let values) = node else {
                        entry.report("values", "expected the values as a mapping of field ids to values, such as {co_ke_hoach: true}")
                        return nil
                    }
                    for (key, value) in values {
                        guard let name = key.string else { continue }
                        if let text = Self.text(of: value, in: file, log: log) {
                            record.setValue(name, Record.Cell(text, file.location(value)))
                        }
                    }
                }
                return record
            }
        }
        return entries ?? []
    }

    /// The text of `node`, or nil (and the problem logged) when it is not text or holds a control
    /// character (JSON may write a NUL as `\u0000`).
    private static func text(of node: Node, in file: YAMLFile, log: DiagnosticLog) -> String? {
        guard let text = file.attempt({ () throws(Diagnostic) in try file.text(node) }) else { return nil }
        if let byte = ControlCharacter.first(in: text) {
            log.add(file.location(node), ControlCharacter.message(byte, in: "this value"))
            return nil
        }
        return text
    }

    /// `{"dataValues": [...]}`: one value an entry, gathered into submissions.
    private func readDataValues(_ list: Node, file: YAMLFile, path: String, log: DiagnosticLog) -> [Record] {
        var gathered = DataValueRows(path: path, log: log)
        let keys = DataValue.Column.allCases.map(\.rawValue)
        _ = file.attempt { () throws(Diagnostic) in
            try file.mappings(list, what: "data value", keys: keys) { entry -> Void? in
                var row = DataValueRows.Row(row: file.location(entry.node).line, start: file.location(entry.node))
                for column in DataValue.Column.allCases {
                    if let node = entry.value(column.rawValue), let text = Self.text(of: node, in: file, log: log) {
                        row[column] = Record.Cell(text, file.location(node))
                    }
                }
                gathered.add(row)
                return ()
            }
        }
        return gathered.submissions
    }

    // MARK: Checks

    private func check(_ record: Record, path: String, log: DiagnosticLog, resolver: inout ReportResolver,
                       tree: OrganisationTree) -> SubmissionRow? {
        var failed = false
        func fail(_ location: SourceLocation, _ message: String) {
            log.add(location, message)
            failed = true
        }
        func required(_ column: Record.Column, _ hint: String) -> Record.Cell? {
            guard let cell = record[column] else {
                fail(record.start, "row \(record.row) has no \(record.name(of: column)); \(hint)")
                return nil
            }
            return cell
        }

        // Directive and obligation: found once per file for each pair written; explained when
        // there is none.
        let report = record[.obligation].flatMap { resolver.report(directive: record[.directive]?.text, obligation: $0.text) }
        if report == nil { explainUnknownReport(record, required: required, fail: fail) }

        // Period.
        var period: Period?
        if let cell = required(.period, "write the period, such as 2023, 2023-H1, 2023-Q2 or 2023-05") {
            period = Period(parsing: cell.text)
            if period == nil {
                fail(cell.location, "'\(cell.text)' is not \(Period.expectedForm)")
            } else if let report, let kind = period?.kind, !report.obligation.periods.isEmpty, !report.obligation.periods.contains(kind) {
                let obligation = report.obligation
                fail(cell.location, "'\(obligation.id)' is owed \(obligation.periods.map(\.vietnameseName).joined(separator: ", ")), not for a period like '\(cell.text)'")
            }
        }

        // Unit: it exists and owes this report for this period. Only its id is kept, and the
        // unit is read in place: a unit is a large value to copy, and this runs for every row.
        var unitID: UnitID?
        if let cell = required(.unit, "write the unit's id, such as it is in the workspace's unit files") {
            if let index = tree.index(of: cell.text) {
                // The cell's own text, equal to the unit's id: the tree's string is shared by
                // every thread reading files, and counting its references from two cores at
                // once costs more than the rest of the check.
                unitID = cell.text
                if let report, let period {
                    // Read on the day the schedule reads it (a unit that ends or starts near the period
                    // is read on a day it exists); whether it exists on the deadline is the schedule's
                    // to say (``OwedCheck``).
                    let reference = min(period.end, report.obligation.deadline ?? period.end)
                    if let at = Scheduler.ownerDate(ofUnitAt: index, period: period, reference: reference, in: tree),
                       !report.obligation.reporters.matches(unitAt: index, at: at, in: tree) {
                        fail(cell.location, "\(tree.units[index].name) does not owe '\(report.obligation.id)' for \(period) (the units that do are chosen by its 'from' in the directive)")
                    }
                }
            } else {
                let hint = resolver.closestUnit(to: cell.text, in: tree).map { "; did you mean '\($0)'?" } ?? ""
                fail(cell.location, "no unit has the id '\(cell.text)'\(hint)")
            }
        }

        // When it arrived.
        var received: Date?
        if let cell = required(.received, "write when it arrived, such as 2023-10-30 or 2023-10-30 14:20") {
            received = ReceivedTime.parse(cell.text)
            if received == nil {
                fail(cell.location, "'\(cell.text)' is not a time of arrival; write 2023-10-30 or 2023-10-30 14:20 (Vietnam's time)")
            }
        }

        // Values.
        var values: [FieldID: FieldValue] = [:]
        if let report {
            values.reserveCapacity(record.values.count)
            for written in record.values {
                let name = written.name, cell = written.cell
                guard let field = report.obligation.field(name) else {
                    let obligation = report.obligation
                    let ids = obligation.fields.map(\.id)
                    let hint = YAMLFile.closest(to: name, in: ids).map { "did you mean '\($0)'? " } ?? ""
                    fail(cell.location, "'\(obligation.id)' carries no value '\(name)'; \(hint)its values are: \(ids.isEmpty ? "none" : ids.joined(separator: ", "))")
                    continue
                }
                guard let value = FieldValue(parsing: cell.text, as: field.type) else {
                    fail(cell.location, "'\(cell.text)' is not \(Self.describe(field.type)) for '\(field.id)' (\(field.label))")
                    continue
                }
                values[field.id] = value
            }
        }
        guard !failed, let report, let unitID, let period, let received else { return nil }
        var cells: [SubmissionRow.CellLocation] = []
        cells.reserveCapacity(record.values.count + Record.Column.all.count)
        for column in Record.Column.all {
            if let cell = record[column] { cells.append(.init(name: column.name, location: cell.location)) }
        }
        for value in record.values { cells.append(.init(name: value.name, location: value.cell.location)) }
        return SubmissionRow(row: record.row, submission: Submission(
            directive: report.directiveID, obligation: report.obligationID, unit: unitID, period: period,
            values: values, narrative: record[.narrative]?.text, receivedAt: received),
            cells: cells, start: record.start)
    }

    /// Says why the row names no report: its directive is unknown, or missing where the workspace
    /// has several, or its obligation is missing or not one of its directive's.
    private func explainUnknownReport(_ record: Record, required: (Record.Column, String) -> Record.Cell?,
                                      fail: (SourceLocation, String) -> Void) {
        let directive: Directive?
        if let cell = record[.directive] {
            directive = workspace.directive(cell.text)
            if directive == nil {
                fail(cell.location, "no directive has the id or number '\(cell.text)'; the workspace's are: \(workspace.directives.map { $0.number ?? $0.id }.joined(separator: ", "))")
            }
        } else if workspace.directives.count == 1 {
            directive = workspace.directives[0]
        } else {
            fail(record.start, "row \(record.row) has no directive; this workspace has \(workspace.directives.count), so name one (its id or number)")
            directive = nil
        }
        let obligationCell = required(.obligation, "write the id of the report, such as 'bao-cao-ket-qua'")
        if let directive, let obligationCell, directive.obligation(obligationCell.text) == nil {
            let ids = directive.obligations.map(\.id)
            let hint = YAMLFile.closest(to: obligationCell.text, in: ids).map { "did you mean '\($0)'? " } ?? ""
            fail(obligationCell.location, "\(directive.number ?? directive.id) asks for no report '\(obligationCell.text)'; \(hint)its reports are: \(ids.joined(separator: ", "))")
        }
    }

    static func describe(_ type: FieldType) -> String {
        switch type {
        case .boolean: "yes or no (có/không, true/false)"
        case .integer: "a whole number"
        case .number: "a number"
        case .text: "text"
        case .rating: "a rating (Tốt, Khá, Trung bình, Yếu)"
        case .date: "a date like 2023-05-09"
        }
    }
}
