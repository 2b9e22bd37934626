import Foundation
import ZIPFoundation

/// Writes sheets of rows as an Excel workbook (.xlsx, Office Open XML SpreadsheetML), the file
/// officials open, filter and forward: what `--format xlsx` of `baocao status`, `schedule`,
/// `indicators`, `remind` and `export` writes.
///
/// Each ``XLSXWorksheet`` becomes a sheet named on its tab, its header row bold and frozen (it
/// stays in view while scrolling), each column as wide as its text. Text goes to the shared
/// strings (each distinct text once), UTF-8, so Vietnamese is kept as written; numbers stay
/// numbers, shares are shown as percentages and dates as `2023-11-01` (see ``XLSXCell``). The
/// package holds what Excel, LibreOffice and openpyxl expect: content types, the package's and
/// the workbook's relationships, the workbook, the styles, the shared strings and one part per
/// sheet.
///
/// The file is built in memory and its bytes returned (never half a file on disk), and the same
/// sheets give the same bytes: no part carries the time it was written.
///
/// ```swift
/// let workbook = XLSXWorkbook(sheets: [
///     XLSXWorksheet(name: "Tổng", header: ["expected", "received", "reporting_rate"],
///                   rows: [[.integer(270), .integer(199), .percent(199.0 / 270)]]),
/// ])
/// try workbook.data().write(to: URL(fileURLWithPath: "tong.xlsx"))
/// ```
public struct XLSXWorkbook: Sendable, Hashable {
    public var sheets: [XLSXWorksheet]

    public init(sheets: [XLSXWorksheet] = []) {
        self.sheets = sheets
    }

    /// The rows a worksheet holds.
    public static let maximumRows = 1_048_576
    /// The columns a worksheet has (A to XFD).
    public static let maximumColumns = 16_384
    /// The characters Excel keeps in one cell.
    public static let maximumTextLength = 32_767

    /// The workbook's bytes.
    /// - Throws: ``XLSXWorkbookError`` when a sheet is something Excel would refuse: no sheet, a
    ///   name it does not take or two sheets of one name, more rows or columns than a worksheet
    ///   has, a cell of more text than a cell keeps.
    public func data() throws(XLSXWorkbookError) -> Data {
        try check()
        var strings = SharedStringTable()
        var parts: [(path: String, text: String)] = []
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", try worksheetXML(sheet, selected: index == 0, strings: &strings)))
        }
        parts = [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", Self.packageRelationships),
            ("docProps/app.xml", Self.applicationProperties),
            ("xl/workbook.xml", workbookXML),
            ("xl/_rels/workbook.xml.rels", workbookRelationships),
            ("xl/styles.xml", Self.styles),
            ("xl/sharedStrings.xml", strings.xml),
        ] + parts
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            // A fixed time in every entry (Archive.partStamp): the same sheets give the same bytes.
            for part in parts { try archive.addPart(part.path, Data(part.text.utf8)) }
            guard let data = archive.data else { throw XLSXWorkbookError.archive(reason: "the archive in memory has no bytes") }
            return data
        } catch let error as XLSXWorkbookError {
            throw error
        } catch {
            throw .archive(reason: "\(error)")
        }
    }

    /// Refuses what Excel would refuse, before anything is written.
    private func check() throws(XLSXWorkbookError) {
        guard !sheets.isEmpty else { throw .noSheets }
        var names = Set<String>()
        for sheet in sheets {
            if let reason = XLSXWorksheet.problem(withName: sheet.name) { throw .invalidSheetName(sheet.name, reason: reason) }
            guard names.insert(sheet.name.lowercased()).inserted else { throw .duplicateSheetName(sheet.name) }
            let rows = sheet.rows.count + (sheet.header.isEmpty ? 0 : 1)
            guard rows <= Self.maximumRows else { throw .tooManyRows(sheet: sheet.name, rows: rows) }
            let widest = max(sheet.header.count, sheet.rows.map(\.count).max() ?? 0)
            guard widest <= Self.maximumColumns else { throw .tooManyColumns(sheet: sheet.name, columns: widest) }
        }
    }

    // MARK: Parts

    /// Which content each part holds.
    private var contentTypes: String {
        let sheetTypes = sheets.indices.map {
            "<Override PartName=\"/xl/worksheets/sheet\($0 + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }.joined()
        return """
            \(Self.declaration)<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
            <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
            <Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>\
            \(sheetTypes)</Types>
            """
    }

    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static let packageRelationships = """
        \(declaration)<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="\(relationshipNamespace)/officeDocument" Target="xl/workbook.xml"/>\
        <Relationship Id="rId2" Type="\(relationshipNamespace)/extended-properties" Target="docProps/app.xml"/>\
        </Relationships>
        """

    static let applicationProperties = """
        \(declaration)<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">\
        <Application>baocao</Application></Properties>
        """

    /// The sheets in order, each pointing at its part through the workbook's relationships.
    private var workbookXML: String {
        let entries = sheets.enumerated().map { index, sheet in
            "<sheet name=\"\(XMLText.escape(sheet.name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }.joined()
        return """
            \(Self.declaration)<workbook xmlns="\(Self.mainNamespace)" xmlns:r="\(Self.relationshipNamespace)">\
            <bookViews><workbookView activeTab="0"/></bookViews><sheets>\(entries)</sheets></workbook>
            """
    }

    /// rId1 … rIdN: the sheets; then the styles and the shared strings.
    private var workbookRelationships: String {
        let sheetRelations = sheets.indices.map {
            "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(Self.relationshipNamespace)/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
        }.joined()
        return """
            \(Self.declaration)<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(sheetRelations)\
            <Relationship Id="rId\(sheets.count + 1)" Type="\(Self.relationshipNamespace)/styles" Target="styles.xml"/>\
            <Relationship Id="rId\(sheets.count + 2)" Type="\(Self.relationshipNamespace)/sharedStrings" Target="sharedStrings.xml"/>\
            </Relationships>
            """
    }

    /// The cell styles a cell's `s` attribute names: its index in `cellXfs`.
    enum Style: Int {
        case plain = 0, header, percent, date, time
    }

    /// Calibri 11, and its bold for the header; `0.0%`, `yyyy-mm-dd` and `yyyy-mm-dd hh:mm`.
    static let styles = """
        \(declaration)<styleSheet xmlns="\(mainNamespace)">\
        <numFmts count="3"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="yyyy\\-mm\\-dd"/>\
        <numFmt numFmtId="166" formatCode="yyyy\\-mm\\-dd\\ hh:mm"/></numFmts>\
        <fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
        <font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>\
        <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
        <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
        </styleSheet>
        """

    /// One sheet's part: its size, the frozen header, the column widths and the cells.
    private func worksheetXML(_ sheet: XLSXWorksheet, selected: Bool, strings: inout SharedStringTable) throws(XLSXWorkbookError) -> String {
        var data = ""
        var widths: [Int] = sheet.header.map { $0.count }
        var rowNumber = 0
        func note(width: Int, column: Int) {
            if column < widths.count { widths[column] = max(widths[column], width) } else { widths.append(width) }
        }
        func add(_ cells: [XLSXCell], header: Bool) throws(XLSXWorkbookError) {
            rowNumber += 1
            data += "<row r=\"\(rowNumber)\">"
            for (column, cell) in cells.enumerated() {
                let reference = Self.columnName(column) + String(rowNumber)
                let written = try Self.cellXML(cell, reference: reference, header: header, sheet: sheet.name, strings: &strings)
                data += written.xml
                note(width: written.width, column: column)
            }
            data += "</row>"
        }
        if !sheet.header.isEmpty { try add(sheet.header.map(XLSXCell.text), header: true) }
        for row in sheet.rows { try add(row, header: false) }
        let lastColumn = max(widths.count, 1) - 1
        let dimension = rowNumber == 0 ? "A1" : "A1:\(Self.columnName(lastColumn))\(rowNumber)"
        let frozen = sheet.header.isEmpty ? ""
            : "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\"/>"
        let view = "<sheetViews><sheetView\(selected ? " tabSelected=\"1\"" : "") workbookViewId=\"0\">\(frozen)</sheetView></sheetViews>"
        // Excel's width is in characters of the default font; a little room for the filter
        // arrow, and no column wider than a screen's third.
        let columns = widths.isEmpty ? "" : "<cols>" + widths.enumerated().map { index, width in
            "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(min(max(width, 6), 60) + 2)\" customWidth=\"1\"/>"
        }.joined() + "</cols>"
        return """
            \(Self.declaration)<worksheet xmlns="\(Self.mainNamespace)" xmlns:r="\(Self.relationshipNamespace)">\
            <dimension ref="\(dimension)"/>\(view)<sheetFormatPr defaultRowHeight="15"/>\(columns)\
            <sheetData>\(data)</sheetData></worksheet>
            """
    }

    /// A cell's XML (nothing for an empty one) and how many characters wide it shows.
    private static func cellXML(_ cell: XLSXCell, reference: String, header: Bool, sheet: String,
                                strings: inout SharedStringTable) throws(XLSXWorkbookError) -> (xml: String, width: Int) {
        func number(_ value: Double, _ style: Style, width: Int? = nil) -> (xml: String, width: Int) {
            // A number that is no number (not finite) has no form in a worksheet: shown as text.
            guard value.isFinite else { return text("\(value)") }
            let written = XLSXCell.numberText(value)
            let styleAttribute = style == .plain ? "" : " s=\"\(style.rawValue)\""
            return ("<c r=\"\(reference)\"\(styleAttribute)><v>\(written)</v></c>", width ?? written.count)
        }
        func text(_ value: String) -> (xml: String, width: Int) {
            let index = strings.index(of: value)
            let styleAttribute = header ? " s=\"\(Style.header.rawValue)\"" : ""
            // The widest line of the text.
            let width = value.split(whereSeparator: \.isNewline).map(\.count).max() ?? 0
            return ("<c r=\"\(reference)\"\(styleAttribute) t=\"s\"><v>\(index)</v></c>", width)
        }
        switch cell {
        case .empty, .text(""):
            // An empty text is no cell, as a spreadsheet program saves it.
            return ("", 0)
        case .text(let value):
            guard value.utf16.count <= maximumTextLength else {
                throw .textTooLong(sheet: sheet, cell: reference, characters: value.utf16.count)
            }
            return text(value)
        case .number(let value):
            return number(value, .plain)
        case .boolean(let value):
            return ("<c r=\"\(reference)\" t=\"b\"><v>\(value ? 1 : 0)</v></c>", 5)
        case .percent(let value):
            return number(value, .percent, width: 6)
        case .date(let date):
            guard let serial = XLSXCell.serial(of: date) else { return text(date.description) }
            return number(serial, .date, width: 10)
        case .time(let moment):
            guard let serial = XLSXCell.serial(of: moment) else { return text(ReceivedTime.text(of: moment)) }
            return number(serial, .time, width: 16)
        }
    }

    /// 0 → "A", 25 → "Z", 26 → "AA": a column's letters (the inverse of ``XLSXSheet/column(of:)``).
    static func columnName(_ index: Int) -> String {
        var name = ""
        var rest = index + 1
        while rest > 0 {
            let digit = (rest - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + digit))) + name
            rest = (rest - 1) / 26
        }
        return name
    }
}

/// `xl/sharedStrings.xml`: each distinct text of the workbook once, cells naming it by index.
private struct SharedStringTable {
    private var indices: [String: Int] = [:]
    private var texts: [String] = []
    /// How many cells name a shared text.
    private var uses = 0

    /// The index of `text`, added when it is new.
    mutating func index(of text: String) -> Int {
        uses += 1
        if let index = indices[text] { return index }
        indices[text] = texts.count
        texts.append(text)
        return texts.count - 1
    }

    var xml: String {
        var items = ""
        for text in texts {
            // Spaces at either end are kept only when the element says so.
            let preserve = text.first?.isWhitespace == true || text.last?.isWhitespace == true || text.contains("\n")
            items += "<si><t\(preserve ? " xml:space=\"preserve\"" : "")>\(XMLText.escape(XLSXSheet.escaped(text)))</t></si>"
        }
        return """
            \(XLSXWorkbook.declaration)<sst xmlns="\(XLSXWorkbook.mainNamespace)" count="\(uses)" uniqueCount="\(texts.count)">\(items)</sst>
            """
    }
}
