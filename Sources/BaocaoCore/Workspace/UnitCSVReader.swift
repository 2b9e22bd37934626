import Foundation

/// Reads a CSV unit file, for provinces with thousands of units (what officials export from a
/// spreadsheet). The header row names the columns with the same names as the YAML keys:
///
///     id,name,shortName,level,kind,parent,validFrom,validUntil,mergedInto,sample
///     cdcs-tn-0001,CĐCS Trường THCS Hòa Thành,,grassroots,public-agency,ldld-hoa-thanh,,,,true
///
/// `id`, `name` and `level` are required columns; the others may be left out. Departments are
/// only written in YAML unit files.
struct UnitCSVReader {
    static let columns = ["id", "name", "shortName", "level", "kind", "parent", "validFrom",
                          "validUntil", "mergedInto", "sample"]
    static let requiredColumns = ["id", "name", "level"]

    let url: URL
    let path: String
    let levels: Set<LevelID>
    let kinds: Set<KindID>
    let log: DiagnosticLog

    func read() -> [UnitRecord] {
        guard let table = CSVTable(contentsOf: url) else {
            log.add(SourceLocation(file: path, line: 1, column: 1), "cannot read the file as UTF-8 text; save the spreadsheet as 'CSV UTF-8'")
            return []
        }
        guard table.reportProblems(path: path, to: log) else { return [] }
        guard let headerRow = table.rows.first else {
            log.add(SourceLocation(file: path, line: 1, column: 1), "cannot read the CSV header row")
            return []
        }
        let header = headerRow.fields.map { $0.text.trimmedWhitespace }
        var usable = SubmissionFileReader.uniqueColumns(header, log: log) { location(of: headerRow.fields[$0]) }
        for (index, column) in header.enumerated() where !Self.columns.contains(column) {
            let hint = YAMLFile.closest(to: column, in: Self.columns).map { "did you mean '\($0)'? " } ?? ""
            log.add(location(of: headerRow.fields[index]),
                    "unknown column '\(column)'; \(hint)expected columns: \(Self.columns.joined(separator: ", "))")
            usable = false
        }
        for column in Self.requiredColumns where !header.contains(column) {
            log.add(SourceLocation(file: path, line: 1, column: 1), "the header row has no '\(column)' column; every unit needs one")
            usable = false
        }
        guard usable else { return [] }
        // Where each column is, found once for the file rather than for every cell.
        let places = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })

        var records: [UnitRecord] = []
        records.reserveCapacity(table.rows.count - 1)
        for row in table.rows.dropFirst() {
            if row.fields.allSatisfy({ $0.text.trimmedWhitespace.isEmpty }) { continue }
            if let record = readRow(row, header: header, places: places) {
                records.append(record)
            }
        }
        return records
    }

    /// The unit in `row`; `places` gives the index of each column of `header`.
    private func readRow(_ row: CSVTable.Row, header: [String], places: [String: Int]) -> UnitRecord? {
        let line = row.line
        if row.fields.count != header.count {
            log.add(SourceLocation(file: path, line: line, column: 1),
                    "this row has \(row.fields.count) fields but the header has \(header.count); check for a stray or missing comma")
            return nil
        }
        var failed = false
        func cell(_ column: String) -> (value: String, location: SourceLocation)? {
            guard let index = places[column] else { return nil }
            let value = row.fields[index].text.trimmedWhitespace
            return value.isEmpty ? nil : (value, location(of: row.fields[index]))
        }
        func fail(_ location: SourceLocation, _ message: String) {
            log.add(location, message)
            failed = true
        }
        func identifier(_ column: String) -> (value: String, location: SourceLocation)? {
            guard let cell = cell(column) else { return nil }
            if !YAMLFile.isIdentifier(cell.value) {
                fail(cell.location, "'\(cell.value)' in column '\(column)' is not a valid id: use lower-case letters without accents, digits, '-', '_' or '.'")
                return nil
            }
            return cell
        }
        func date(_ column: String) -> CalendarDate? {
            guard let cell = cell(column) else { return nil }
            guard let date = CalendarDate(parsing: cell.value) else {
                fail(cell.location, "column '\(column)': " + CalendarDate.problem(with: cell.value))
                return nil
            }
            return date
        }
        let id = identifier("id")
        if id == nil, cell("id") == nil { fail(SourceLocation(file: path, line: line, column: 1), "this row has no id") }
        let name = cell("name")?.value
        if name == nil { fail(SourceLocation(file: path, line: line, column: 1), "this row has no name") }
        var level: LevelID?
        if let cell = cell("level") {
            if levels.contains(cell.value) { level = cell.value }
            else { fail(cell.location, "unknown level '\(cell.value)'; the levels in workspace.yaml are: \(levels.sorted().joined(separator: ", "))") }
        } else {
            fail(SourceLocation(file: path, line: line, column: 1), "this row has no level")
        }
        var kind: KindID?
        if let cell = cell("kind") {
            if kinds.contains(cell.value) { kind = cell.value }
            else { fail(cell.location, "unknown kind '\(cell.value)'; the kinds in workspace.yaml are: \(kinds.sorted().joined(separator: ", "))") }
        }
        let parent = identifier("parent")
        let mergedInto = identifier("mergedInto")
        let validFrom = date("validFrom")
        let validUntil = date("validUntil")
        var sample = false
        if let cell = cell("sample") {
            if case .boolean(let value)? = FieldValue(parsing: cell.value, as: .boolean) { sample = value }
            else { fail(cell.location, "column 'sample' must be true or false, found '\(cell.value)'") }
        }
        guard !failed, let id, let name, let level else {
            if let id { log.markUnreadable("unit:\(id.value)") }
            return nil
        }
        let unit = OrganisationUnit(
            id: id.value, name: name, shortName: cell("shortName")?.value, level: level, kind: kind,
            parent: parent?.value, validFrom: validFrom, validUntil: validUntil,
            mergedInto: mergedInto?.value, isSample: sample)
        return UnitRecord(unit: unit, location: id.location, parentLocation: parent?.location,
                          mergedIntoLocation: mergedInto?.location)
    }

    /// Where `field` starts in the file.
    private func location(of field: CSVTable.Field) -> SourceLocation {
        SourceLocation(file: path, line: field.line, column: field.column)
    }
}
