import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// A worksheet of an Excel workbook (.xlsx, Office Open XML) as rows of text: the first one, what
/// officials fill in, or one named. Shared and inline strings, numbers and booleans are read; a
/// number in a cell formatted as a date or time comes back as `2023-10-30` or `2023-10-30 14:20`.
/// Text written in Office Open XML's escapes (`_x000D_`, `_x005F_`) is read back as the character.
///
/// What cannot be read exactly is not read as something else: a part that is not well-formed XML
/// (an entity never declared, a tag cut off) refuses the workbook; a cell that names a shared
/// string the workbook does not have, or holds a control character, is listed in `problems` with
/// its row and column, for the reader to refuse the file.
package struct XLSXSheet {
    /// Rows by their number in the sheet (1-based); each row's cells by column (0-based).
    package var rows: [(number: Int, cells: [Int: String])]
    /// The names of the workbook's sheets, in order.
    package var sheetNames: [String]
    /// The cells whose text could not be read exactly, in the sheet's order.
    package var problems: [CellProblem]

    package enum Problem: Error { case notAWorkbook(String) }

    /// A cell that cannot be read exactly: its row (1-based), its column (0-based), and why.
    package struct CellProblem: Equatable, Sendable {
        package var row: Int
        package var column: Int
        package var message: String
    }

    /// Reads the sheet named `name` of the workbook at `url`, or its first sheet.
    package init(url: URL, sheet name: String? = nil) throws {
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw Problem.notAWorkbook("it is not a ZIP archive, so not an .xlsx workbook")
        }
        let fileSize = ZIPPart.fileSize(of: url)
        func read(_ path: String) throws -> Data? {
            let data: Data
            do {
                guard let part = try ZIPPart.read(path, from: archive, fileSize: fileSize, skipCRC32: true) else { return nil }
                data = part
            } catch let problem as ZIPPart.Problem {
                throw Problem.notAWorkbook(problem.description)
            }
            // Foundation's XMLParser on Linux traps (illegal instruction) on invalid UTF-8 in an
            // element or attribute name, which `make fuzz` found: refuse such a part first.
            guard String(data: data, encoding: .utf8) != nil else {
                throw Problem.notAWorkbook("its part \(path) is not UTF-8 text, so not a workbook Excel wrote")
            }
            return data
        }
        let strings = try read("xl/sharedStrings.xml").map { try SharedStrings(data: $0).strings } ?? []
        let dateStyles = try read("xl/styles.xml").map { try DateStyles(data: $0).indices } ?? []
        let sheets = try read("xl/workbook.xml").flatMap { workbook in
            try read("xl/_rels/workbook.xml.rels").map { try WorkbookSheets(workbook: workbook, relations: $0) }
        }
        sheetNames = sheets?.names ?? []
        let sheetPath: String
        if let name {
            guard let path = sheets?.path(named: name) else {
                throw Problem.notAWorkbook("the workbook has no sheet named '\(name)'; its sheets are: \(sheetNames.joined(separator: ", "))")
            }
            sheetPath = path
        } else {
            sheetPath = sheets?.firstPath ?? "xl/worksheets/sheet1.xml"
        }
        guard let sheet = try read(sheetPath) else {
            throw Problem.notAWorkbook("the workbook has no worksheet (\(sheetPath))")
        }
        let read = try SheetRows(data: sheet, part: sheetPath, strings: strings, dateStyles: dateStyles)
        rows = read.rows
        problems = read.problems
    }

    /// Parses `data`, the part at `part`, with `delegate`.
    /// - Throws: ``Problem/notAWorkbook(_:)`` when the part is not well-formed XML, with the line,
    ///   the column and the parser's reason: reading on would give the cells up to the error only,
    ///   and an entity it cannot resolve would be read as nothing.
    static func parse(_ data: Data, part: String, with delegate: XMLParserDelegate) throws {
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        guard parser.parse() else {
            let reason = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "unknown error"
            throw Problem.notAWorkbook("its part \(part) is not well-formed XML at line \(parser.lineNumber), column \(parser.columnNumber) (\(reason)); save the workbook again from Excel or LibreOffice")
        }
    }

    /// `text` with Office Open XML's escapes (`_xHHHH_`, ST_Xstring) made the characters they
    /// stand for: Excel writes a line end as `_x000D_` and a literal `_x` as `_x005F_x`.
    static func unescaped(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var result = ""
        var scalars = Substring(text).unicodeScalars[...]
        while let start = scalars.firstRange(of: "_x".unicodeScalars) {
            result.unicodeScalars.append(contentsOf: scalars[..<start.lowerBound])
            let digits = scalars[start.upperBound...].prefix(5)
            if digits.count == 5, digits.last == "_",
               let value = UInt32(String(String.UnicodeScalarView(digits.dropLast())), radix: 16),
               digits.dropLast().allSatisfy({ $0.properties.isASCIIHexDigit }),
               let scalar = Unicode.Scalar(value) {
                result.unicodeScalars.append(scalar)
                scalars = scalars[scalars.index(start.upperBound, offsetBy: 5)...]
            } else {
                result.unicodeScalars.append(contentsOf: scalars[start])
                scalars = scalars[start.upperBound...]
            }
        }
        result.unicodeScalars.append(contentsOf: scalars)
        return result
    }

    /// `text` as Office Open XML writes it: a `_x` that would read as an escape (`_x0041_`) is
    /// written `_x005F_x`, so that Excel and ``unescaped(_:)`` give the text back as it was.
    static func escaped(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: "_x") {
            result += rest[..<start.lowerBound]
            let after = rest[start.upperBound...]
            let digits = after.prefix(5)
            if digits.count == 5, digits.last == "_", digits.dropLast().allSatisfy(\.isHexDigit) {
                result += "_x005F_x"
            } else {
                result += "_x"
            }
            rest = after
        }
        return result + rest
    }

    /// "B3" for row 3, column 1.
    static func reference(row: Int, column: Int) -> String {
        var letters = "", number = column + 1
        while number > 0 {
            let remainder = (number - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            number = (number - 1) / 26
        }
        return "\(letters)\(row)"
    }

    /// The last column a worksheet can have: XFD.
    static let maximumColumns = 16_384

    /// "C" → 2, "AA" → 26; nil for no letters or a column past XFD (a hostile reference such as
    /// "ZZZZZZZZZZZZZZ1" would otherwise overflow, or make a row millions of cells wide).
    static func column(of reference: String) -> Int? {
        var number = 0
        var letters = 0
        for scalar in reference.unicodeScalars {
            guard ("A"..."Z").contains(scalar) else { break }
            letters += 1
            guard letters <= 3 else { return nil }
            number = number * 26 + Int(scalar.value - 64)
        }
        return letters == 0 || number > maximumColumns ? nil : number - 1
    }

    /// The serial of 9999-12-31, the last day Excel has.
    static let lastSerial = 2_958_465.0

    /// An Excel serial date (days since 1899-12-30, the fraction is the time of day) as text; nil
    /// for a number that is no day Excel has (negative, past 9999, not finite), which `make fuzz`
    /// found trapping when turned into a whole number of days.
    static func dateText(serial: Double) -> String? {
        guard serial.isFinite, serial >= 0, serial < lastSerial + 1 else { return nil }
        let day = CalendarDate(year: 1899, month: 12, day: 30)!.adding(days: Int(serial.rounded(.down)))
        let minutes = Int(((serial - serial.rounded(.down)) * 24 * 60).rounded())
        return minutes == 0 ? day.description : "\(day) " + String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }
}

/// `xl/sharedStrings.xml`: the text of cells of type "s", by index.
/// The phonetic runs (`rPh`, a reading guide for East Asian text) are not part of the text.
private final class SharedStrings: NSObject, XMLParserDelegate {
    var strings: [String] = []
    private var current: String?
    private var inText = false
    private var inPhonetic = false

    init(data: Data) throws {
        super.init()
        try XLSXSheet.parse(data, part: "xl/sharedStrings.xml", with: self)
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if name == "si" { current = "" }
        if name == "rPh" { inPhonetic = true }
        if name == "t", !inPhonetic { inText = true }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current? += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "t" { inText = false }
        if name == "rPh" { inPhonetic = false }
        if name == "si" { strings.append(XLSXSheet.unescaped(current ?? "")); current = nil }
    }
}

/// `xl/styles.xml`: which cell styles (`s` attribute) show a number as a date or time.
private final class DateStyles: NSObject, XMLParserDelegate {
    var indices: Set<Int> = []
    private var customDateFormats: Set<Int> = []
    private var inCellFormats = false
    private var index = 0
    static let builtInDateFormats: Set<Int> = Set(14...22).union(45...47)

    init(data: Data) throws {
        super.init()
        try XLSXSheet.parse(data, part: "xl/styles.xml", with: self)
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"]?.lowercased(),
               code.contains("d") || code.contains("y") || code.contains("h:") {
                customDateFormats.insert(id)
            }
        case "cellXfs": inCellFormats = true
        case "xf" where inCellFormats:
            if let id = attributes["numFmtId"].flatMap(Int.init),
               Self.builtInDateFormats.contains(id) || customDateFormats.contains(id) {
                indices.insert(index)
            }
            index += 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "cellXfs" { inCellFormats = false }
    }
}

/// `xl/workbook.xml` and its relations: the sheets' names, in order, and the path of each.
private final class WorkbookSheets: NSObject, XMLParserDelegate {
    /// Each sheet's name and relation id, in the workbook's order.
    private var sheets: [(name: String, relation: String?)] = []
    private var targets: [String: String] = [:]

    init(workbook: Data, relations: Data) throws {
        super.init()
        try XLSXSheet.parse(workbook, part: "xl/workbook.xml", with: self)
        try XLSXSheet.parse(relations, part: "xl/_rels/workbook.xml.rels", with: self)
    }

    var names: [String] { sheets.map(\.name) }

    /// The path of the first sheet.
    var firstPath: String? { sheets.first.flatMap { path(relation: $0.relation) } }

    /// The path of the sheet named `name`.
    func path(named name: String) -> String? {
        sheets.first { $0.name == name }.flatMap { path(relation: $0.relation) }
    }

    private func path(relation: String?) -> String? {
        guard let relation, let target = targets[relation] else { return nil }
        return target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if name == "sheet" { sheets.append((attributes["name"] ?? "", attributes["r:id"])) }
        if name == "Relationship", let id = attributes["Id"], let target = attributes["Target"] { targets[id] = target }
    }
}

/// A worksheet's rows.
final class SheetRows: NSObject, XMLParserDelegate {
    var rows: [(number: Int, cells: [Int: String])] = []
    var problems: [XLSXSheet.CellProblem] = []
    private let strings: [String]
    private let dateStyles: Set<Int>
    private var row: (number: Int, cells: [Int: String])?
    /// The column of the row's next cell when it gives no reference: one past the last one.
    private var nextColumn = 0
    private var cell: (column: Int, type: String, style: Int)?
    private var text = ""
    private var collecting = false

    init(data: Data, part: String, strings: [String], dateStyles: Set<Int>) throws {
        self.strings = strings
        self.dateStyles = dateStyles
        super.init()
        try XLSXSheet.parse(data, part: part, with: self)
    }

    /// Lists a problem of the cell being read, at most as many as a CSV file lists
    /// (`CSVTable.problemLimit`), then one saying there are more.
    private func problem(_ current: (column: Int, type: String, style: Int), _ message: String) {
        let number = row?.number ?? 0
        if problems.count < CSVTable.problemLimit {
            problems.append(XLSXSheet.CellProblem(row: number, column: current.column, message: message))
        } else if problems.count == CSVTable.problemLimit {
            problems.append(XLSXSheet.CellProblem(row: number, column: current.column, message: "and more cells like these after this one; save the workbook again from Excel or LibreOffice"))
        }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "row":
            row = (attributes["r"].flatMap(Int.init) ?? (rows.last?.number ?? 0) + 1, [:])
            nextColumn = 0
        case "c":
            // Not the row's largest column so far, found by looking at every cell: `make fuzz`
            // found a sheet of long rows without references that took minutes that way.
            let column = attributes["r"].flatMap(XLSXSheet.column(of:)) ?? min(nextColumn, XLSXSheet.maximumColumns - 1)
            nextColumn = max(nextColumn, column + 1)
            cell = (column, attributes["t"] ?? "n", attributes["s"].flatMap(Int.init) ?? 0)
            text = ""
        case "v", "t":
            collecting = cell != nil
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if collecting { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "v", "t": collecting = false
        case "c":
            guard let current = cell else { return }
            let value: String
            switch current.type {
            case "s":
                if let index = Int(text.trimmingCharacters(in: .whitespaces)), strings.indices.contains(index) {
                    value = strings[index]
                } else {
                    let have = strings.isEmpty ? "the workbook has none" : "the workbook has \(strings.count), numbered 0 to \(strings.count - 1)"
                    problem(current, "cell \(XLSXSheet.reference(row: row?.number ?? 0, column: current.column)) refers to shared text '\(text)', but \(have): the workbook is damaged; save it again from Excel or LibreOffice")
                    value = ""
                }
            case "inlineStr", "str": value = XLSXSheet.unescaped(text)
            case "b": value = text == "1" ? "true" : "false"
            case "n" where dateStyles.contains(current.style):
                value = Double(text).flatMap(XLSXSheet.dateText(serial:)) ?? text
            case "n":
                if let number = Double(text), number == number.rounded(), abs(number) < 1e15 {
                    value = String(Int(number))
                } else {
                    value = text
                }
            default: value = text
            }
            if let byte = ControlCharacter.first(in: value) {
                problem(current, ControlCharacter.message(byte, in: "cell \(XLSXSheet.reference(row: row?.number ?? 0, column: current.column))"))
            }
            row?.cells[current.column] = value
            cell = nil
        case "row":
            if let row { rows.append(row) }
            row = nil
        default: break
        }
    }
}
