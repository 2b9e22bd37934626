import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// A worksheet of an Excel workbook (.xlsx, Office Open XML) as rows of text: the first one, what
/// officials fill in, or one named. Shared and inline strings, numbers and booleans are read; a
/// number in a cell formatted as a date or time comes back as `2023-10-30` or `2023-10-30 14:20`.
package struct XLSXSheet {
    /// Rows by their number in the sheet (1-based); each row's cells by column (0-based).
    package var rows: [(number: Int, cells: [Int: String])]
    /// The names of the workbook's sheets, in order.
    package var sheetNames: [String]

    package enum Problem: Error { case notAWorkbook(String) }

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
        let strings = try read("xl/sharedStrings.xml").map { SharedStrings(data: $0).strings } ?? []
        let dateStyles = try read("xl/styles.xml").map { DateStyles(data: $0).indices } ?? []
        let sheets = try read("xl/workbook.xml").flatMap { workbook in
            try read("xl/_rels/workbook.xml.rels").map { WorkbookSheets(workbook: workbook, relations: $0) }
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
        rows = SheetRows(data: sheet, strings: strings, dateStyles: dateStyles).rows
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
private final class SharedStrings: NSObject, XMLParserDelegate {
    var strings: [String] = []
    private var current: String?
    private var inText = false

    init(data: Data) {
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        parser.parse()
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if name == "si" { current = "" }
        if name == "t" { inText = true }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current? += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "t" { inText = false }
        if name == "si" { strings.append(current ?? ""); current = nil }
    }
}

/// `xl/styles.xml`: which cell styles (`s` attribute) show a number as a date or time.
private final class DateStyles: NSObject, XMLParserDelegate {
    var indices: Set<Int> = []
    private var customDateFormats: Set<Int> = []
    private var inCellFormats = false
    private var index = 0
    static let builtInDateFormats: Set<Int> = Set(14...22).union(45...47)

    init(data: Data) {
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        parser.parse()
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

    init(workbook: Data, relations: Data) {
        super.init()
        for data in [workbook, relations] {
            let parser = XMLParser(data: data)
            parser.delegate = self
            parser.parse()
        }
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
    private let strings: [String]
    private let dateStyles: Set<Int>
    private var row: (number: Int, cells: [Int: String])?
    /// The column of the row's next cell when it gives no reference: one past the last one.
    private var nextColumn = 0
    private var cell: (column: Int, type: String, style: Int)?
    private var text = ""
    private var collecting = false

    init(data: Data, strings: [String], dateStyles: Set<Int>) {
        self.strings = strings
        self.dateStyles = dateStyles
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        parser.parse()
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
            case "s": value = Int(text).flatMap { strings.indices.contains($0) ? strings[$0] : nil } ?? ""
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
            row?.cells[current.column] = value
            cell = nil
        case "row":
            if let row { rows.append(row) }
            row = nil
        default: break
        }
    }
}
