import BaocaoCore
import Foundation

extension DOCXWriter {
    /// Builds `word/document.xml` block by block, and collects the charts that get parts of their own.
    struct BodyBuilder {
        let layout: DocumentLayout
        private(set) var xml = ""
        private(set) var charts: [BarChart] = []
        private var drawingID = 0

        init(layout: DocumentLayout) {
            self.layout = layout
        }

        var textWidth: Int { PageGeometry.twips(PageGeometry.textWidthMillimetres) }

        mutating func add(_ blocks: [DocumentBlock]) {
            var index = 0
            while index < blocks.count {
                let block = blocks[index]
                // Nơi nhận and the signature stand side by side, as the layout sets them.
                if case .recipients(let list) = block, index + 1 < blocks.count, case .signature(let signer) = blocks[index + 1] {
                    addClosing(recipients: list, signer: signer)
                    index += 2
                    continue
                }
                add(block)
                index += 1
            }
        }

        mutating func add(_ block: DocumentBlock) {
            switch block {
            case .header(let header): addHeader(header)
            case .title(let title):
                // Hướng dẫn 36-HD/VPTW sets a Party document's type at 15–16 pt; Decree 30 a state one's at 13–14.
                xml += paragraph([TextRun(title.type)], style: "Title", size: layout == .party ? DOCXWriter.Size.partyTitle : nil, spacingBefore: 240)
                xml += paragraph([TextRun(title.subject)], style: "Subtitle")
                // Under the subject, a rule a third to a half as long as its (first) line.
                if layout == .state {
                    let line = min(TextWidth.millimetres(title.subject.components(separatedBy: "\n").first ?? "", points: DOCXWriter.Size.body, bold: true),
                                   PageGeometry.textWidthMillimetres)
                    xml += shortRule(widthMillimetres: line * Self.ruleShare)
                }
                xml += paragraph([], style: "Normal")
            case .heading(let level, let runs):
                xml += paragraph(runs, style: "Heading\(min(max(level, 1), 3))")
            case .paragraph(let runs):
                xml += paragraph(runs, style: "BodyText")
            case .list(let items):
                for item in items { xml += paragraph([TextRun("- ")] + item, style: "BodyText") }
            case .table(let table): addTable(table)
            case .chart(let chart): addChart(chart)
            case .addressees(let names):
                if names.count == 1 {
                    xml += paragraph([TextRun("Kính gửi: " + names[0])], style: "Normal", alignment: "center", spacingBefore: 120, spacingAfter: 120)
                } else {
                    xml += paragraph([TextRun("Kính gửi:")], style: "Normal", alignment: "center", spacingBefore: 120)
                    for name in names { xml += paragraph([TextRun("- " + name + ";")], style: "Normal", indentLeft: 2835) }
                }
            case .recipients(let list):
                xml += table(columns: [textWidth], borders: false, rows: [[recipientsCell(list)]])
            case .pageBreak:
                xml += "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"
            case .signature(let signer):
                xml += table(columns: [textWidth / 2, textWidth - textWidth / 2], borders: false,
                             rows: [["<w:p/>", signatureCell(signer)]])
            }
        }

        // MARK: header

        /// How long the issuer's and the subject's rules are against their line: Decree 30 asks a
        /// third to a half.
        static let ruleShare = 0.42
        /// The left and right margins of a layout table's cell (57 twips each), in millimetres.
        static let cellMarginsMillimetres = 2 * 57 / 56.692

        private mutating func addHeader(_ header: DocumentHeader) {
            let left = Int(Double(textWidth) * 0.42)
            let right = textWidth - left
            let party = header.layout == .party
            // Hướng dẫn 36-HD/VPTW: the committees and the number at 14 pt; Decree 30: 12–13 pt.
            let headerSize = party ? DOCXWriter.Size.partyHeader : DOCXWriter.Size.header
            var leftCell = ""
            if let superior = header.superior {
                leftCell += paragraph([TextRun(DocumentHeader.keepingLastWordsTogether(superior.uppercased(with: Locale(identifier: "vi"))))], style: "Normal",
                                      alignment: "center", size: party ? DOCXWriter.Size.partyHeader : DOCXWriter.Size.superior)
            }
            let issuer = DocumentHeader.keepingLastWordsTogether(header.issuer.uppercased(with: Locale(identifier: "vi")))
            leftCell += paragraph([TextRun(issuer, bold: true)], style: "Normal", alignment: "center", size: headerSize)
            switch header.layout {
            case .state:
                // A third to a half of the issuer's line (its longest, when the name takes two).
                // The cell's text is 1 mm in from each side (the layout table's cell margins).
                let column = PageGeometry.textWidthMillimetres * 0.42 - Self.cellMarginsMillimetres
                let line = min(TextWidth.millimetres(issuer, points: headerSize, bold: true), column)
                leftCell += shortRule(widthMillimetres: line * Self.ruleShare, containerMillimetres: column)
            case .party: leftCell += paragraph([TextRun("*")], style: "Normal", alignment: "center", size: headerSize)
            }
            if let line = header.numberLine {
                leftCell += paragraph([TextRun(line)], style: "Normal", alignment: "center", size: headerSize, spacingBefore: 60)
            }
            if let summary = header.summary {
                leftCell += paragraph([TextRun(summary)], style: "Normal", alignment: "center", size: 12, spacingBefore: 60)
            }
            var rightCell = ""
            let motto = header.layout.motto
            for (position, line) in motto.enumerated() {
                let isFirst = position == 0
                rightCell += paragraph([TextRun(line, bold: true)], style: "Normal", alignment: "center",
                                       size: party ? DOCXWriter.Size.partyMotto : isFirst ? DOCXWriter.Size.motto : DOCXWriter.Size.mottoSecond,
                                       underline: party)
            }
            // Under "Độc lập - Tự do - Hạnh phúc", a rule as long as the line.
            if !party, let last = motto.last {
                rightCell += shortRule(widthMillimetres: TextWidth.millimetres(last, points: DOCXWriter.Size.mottoSecond, bold: true),
                                       containerMillimetres: PageGeometry.textWidthMillimetres * 0.58 - Self.cellMarginsMillimetres)
            }
            rightCell += paragraph([TextRun(header.dateLine, italic: true)], style: "Normal", alignment: "center",
                                   size: DOCXWriter.Size.body, spacingBefore: 120)
            xml += table(columns: [left, right], borders: false, rows: [[leftCell, rightCell]])
        }

        /// A short centred line under the issuer, the motto or the subject: the top border of an
        /// empty paragraph narrowed by indents to `widthMillimetres` inside a container of
        /// `containerMillimetres` (a header cell, or the text width).
        private func shortRule(widthMillimetres: Double, containerMillimetres: Double = PageGeometry.textWidthMillimetres) -> String {
            let indent = PageGeometry.twips(max(0, (containerMillimetres - widthMillimetres) / 2))
            return "<w:p><w:pPr><w:pBdr><w:top w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/></w:pBdr><w:spacing w:before=\"60\" w:after=\"0\" w:line=\"120\" w:lineRule=\"exact\"/><w:ind w:left=\"\(indent)\" w:right=\"\(indent)\"/></w:pPr></w:p>"
        }

        // MARK: closing

        private mutating func addClosing(recipients: RecipientList, signer: Signer) {
            // The last paragraph of the body goes to the next page with the signature rather than
            // leave "Nơi nhận" and the signature alone on a page.
            if let last = xml.range(of: "<w:pStyle w:val=\"BodyText\"/>", options: .backwards) {
                xml.replaceSubrange(last, with: "<w:pStyle w:val=\"BodyText\"/><w:keepNext/>")
            }
            let left = Int(Double(textWidth) * 0.45)
            xml += table(columns: [left, textWidth - left], borders: false,
                         rows: [[recipientsCell(recipients), signatureCell(signer)]], spacingBefore: 240)
            // Word wants a paragraph after a table that ends the document.
            xml += "<w:p/>"
        }

        private func recipientsCell(_ list: RecipientList) -> String {
            var cell = paragraph([TextRun("Nơi nhận:", bold: true, italic: true)], style: "Normal", size: DOCXWriter.Size.recipientsLabel)
            for line in list.lines { cell += paragraph([TextRun(line)], style: "Recipients") }
            return cell
        }

        private func signatureCell(_ signer: Signer) -> String {
            var cell = ""
            if let authority = signer.authorityLine {
                cell += paragraph([TextRun(authority.uppercased(with: Locale(identifier: "vi")), bold: true)], style: "Normal", alignment: "center")
            }
            cell += paragraph([TextRun(signer.title.uppercased(with: Locale(identifier: "vi")), bold: true)], style: "Normal", alignment: "center")
            if let note = signer.note {
                cell += paragraph([TextRun(note, italic: true)], style: "Normal", alignment: "center", spacingBefore: 360, spacingAfter: 360)
            } else {
                cell += paragraph([], style: "Normal", spacingBefore: 1200)
            }
            cell += paragraph([TextRun(signer.name, bold: true)], style: "Normal", alignment: "center")
            return cell
        }

        // MARK: tables and charts

        private mutating func addTable(_ table: DocumentTable) {
            if let caption = table.caption { xml += paragraph([TextRun(caption)], style: "Caption") }
            let count = max(table.columns.count, table.rows.map(\.count).max() ?? 0)
            guard count > 0 else { return }
            // Widths given for every column, each a finite number > 0 (the document hook checks a
            // plugin's); otherwise shared out by content.
            let weights: [Double] = table.widths.flatMap { widths in
                widths.count == count && widths.allSatisfy { $0.isFinite && $0 > 0 } ? widths : nil
            } ?? (0..<count).map { column in
                let longest = ([table.columns] + table.rows).map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 1
                return Double(min(max(longest, 4), 40))
            }
            // Relative to the widest, so that the sum stays finite (≥ 1) however large the widths.
            let widest = weights.max() ?? 1
            let shares = weights.map { $0 / widest }
            let total = shares.reduce(0, +)
            let widths = shares.map { Int(Double(textWidth) * $0 / total) }
            // A short table of short cells is kept on one page (each row's paragraphs kept with the
            // next row), so that its total row never stands alone at the top of the next page; a
            // table of long texts (targets) may break, rather than leave a page blank.
            let keepTogether = table.rows.count <= Self.rowsKeptTogether
                && table.rows.allSatisfy { $0.allSatisfy { $0.count <= Self.shortCell } }
            func cell(_ text: String, header: Bool, last: Bool) -> String {
                let alignment = header ? "center" : (DocumentTable.isNumeric(text) ? "right" : "left")
                let paragraph = paragraph([TextRun(text, bold: header)], style: "TableText", alignment: alignment)
                guard keepTogether, !last else { return paragraph }
                return paragraph.replacingOccurrences(of: "<w:pStyle w:val=\"TableText\"/>", with: "<w:pStyle w:val=\"TableText\"/><w:keepNext/>")
            }
            var rows: [[String]] = [table.columns.map { cell($0, header: true, last: table.rows.isEmpty) }]
            for (index, row) in table.rows.enumerated() {
                rows.append((0..<count).map { cell(row.indices.contains($0) ? row[$0] : "", header: false, last: index == table.rows.count - 1) })
            }
            xml += self.table(columns: widths, borders: true, rows: rows, headerRow: true)
            xml += paragraph([], style: "Normal")
        }

        /// Tables of at most this many rows, none of whose cells is longer than `shortCell`
        /// characters, are kept on one page.
        static let rowsKeptTogether = 8
        static let shortCell = 80

        /// The tallest a chart may be, in millimetres: three quarters of A4's text height.
        static let chartHeightAtMost = 190.0

        private mutating func addChart(_ chart: BarChart) {
            guard !chart.bars.isEmpty else { return }
            charts.append(chart)
            drawingID += 1
            let width = PageGeometry.emu(PageGeometry.textWidthMillimetres)
            // 11 mm a bar (room for a label on two lines, so that LibreOffice skips none) and 20 mm for the title and the axis, never more than Self.chartHeightAtMost
            // (the bars grow thinner): a chart fits the page.
            let height = PageGeometry.emu(min(Double(20 + chart.bars.count * 11), Self.chartHeightAtMost))
            // For readers who cannot see it: what it shows, value by value.
            let description = chart.title + ": " + chart.bars.map { "\($0.label) \(VietnameseNumber.decimal($0.value))\(chart.unit)" }.joined(separator: "; ")
            xml += """
                <w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:drawing>\
                <wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="\(width)" cy="\(height)"/>\
                <wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="\(drawingID)" name="\(XMLText.escape(chart.title))" descr="\(XMLText.escape(description))"/>\
                <wp:cNvGraphicFramePr/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">\
                <a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">\
                <c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rIdChart\(charts.count)"/>\
                </a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>
                """
        }

        // MARK: primitives

        private func table(columns: [Int], borders: Bool, rows: [[String]], headerRow: Bool = false, spacingBefore: Int = 0) -> String {
            // CT_TblPr's order: tblStyle, tblW, tblBorders, tblLayout, tblCellMar, tblLook.
            var out = "<w:tbl><w:tblPr>" + (borders ? "<w:tblStyle w:val=\"TableGrid\"/>" : "")
                + "<w:tblW w:w=\"\(columns.reduce(0, +))\" w:type=\"dxa\"/>"
                // Layout tables (header, closing): no borders and 1 mm of cell padding, so that the
                // motto fits its column on one line.
                + (borders ? "" : "<w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/><w:right w:val=\"nil\"/><w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/></w:tblBorders>")
                + "<w:tblLayout w:type=\"fixed\"/>"
                + (borders ? "" : "<w:tblCellMar><w:left w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/></w:tblCellMar>")
                + "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>"
            out += columns.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
            for (rowIndex, row) in rows.enumerated() {
                out += "<w:tr>" + (headerRow && rowIndex == 0 ? "<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>" : "<w:trPr><w:cantSplit/></w:trPr>")
                for (column, content) in row.enumerated() {
                    let width = columns.indices.contains(column) ? columns[column] : columns.last ?? 0
                    let shading = headerRow && rowIndex == 0 ? "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E7E6E6\"/>" : ""
                    out += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>\(shading)<w:vAlign w:val=\"\(borders ? "center" : "top")\"/></w:tcPr>"
                    out += content.isEmpty ? "<w:p/>" : content
                    out += "</w:tc>"
                }
                out += "</w:tr>"
            }
            out += "</w:tbl>"
            if spacingBefore > 0 {
                // The space before a table stays with it.
                out = "<w:p><w:pPr><w:keepNext/><w:spacing w:before=\"\(spacingBefore)\" w:after=\"0\"/></w:pPr></w:p>" + out
            }
            return out
        }

        private func paragraph(_ runs: [TextRun], style: String, alignment: String? = nil, size: Double? = nil,
                               underline: Bool = false, spacingBefore: Int? = nil, spacingAfter: Int? = nil,
                               indentLeft: Int? = nil) -> String {
            var properties = "<w:pStyle w:val=\"\(style)\"/>"
            if spacingBefore != nil || spacingAfter != nil {
                properties += "<w:spacing" + (spacingBefore.map { " w:before=\"\($0)\"" } ?? "")
                    + (spacingAfter.map { " w:after=\"\($0)\"" } ?? "") + "/>"
            }
            if let indentLeft { properties += "<w:ind w:left=\"\(indentLeft)\"/>" }
            if let alignment { properties += "<w:jc w:val=\"\(alignment)\"/>" }
            var out = "<w:p><w:pPr>\(properties)</w:pPr>"
            for run in runs where !run.text.isEmpty {
                var runProperties = ""
                if run.bold { runProperties += "<w:b/><w:bCs/>" }
                if run.italic { runProperties += "<w:i/><w:iCs/>" }
                // CT_RPr's order: b, i, sz, u.
                if let size {
                    let halfPoints = Int((size * 2).rounded())
                    runProperties += "<w:sz w:val=\"\(halfPoints)\"/><w:szCs w:val=\"\(halfPoints)\"/>"
                }
                if underline { runProperties += "<w:u w:val=\"single\"/>" }
                // Line breaks inside a run become <w:br/>.
                let pieces = run.text.components(separatedBy: "\n").map { "<w:t xml:space=\"preserve\">\(XMLText.escape($0))</w:t>" }
                out += "<w:r>" + (runProperties.isEmpty ? "" : "<w:rPr>\(runProperties)</w:rPr>") + pieces.joined(separator: "<w:br/>") + "</w:r>"
            }
            return out + "</w:p>"
        }

        func documentXML() -> String {
            let page = """
                <w:sectPr><w:headerReference w:type="default" r:id="rIdHeader1"/>\
                <w:pgSz w:w="\(PageGeometry.twips(PageGeometry.widthMillimetres))" w:h="\(PageGeometry.twips(PageGeometry.heightMillimetres))"/>\
                <w:pgMar w:top="\(PageGeometry.twips(PageGeometry.topMillimetres))" w:right="\(PageGeometry.twips(PageGeometry.rightMillimetres))" \
                w:bottom="\(PageGeometry.twips(PageGeometry.bottomMillimetres))" w:left="\(PageGeometry.twips(PageGeometry.leftMillimetres))" \
                w:header="567" w:footer="567" w:gutter="0"/><w:titlePg/></w:sectPr>
                """
            return """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" \
                xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">\
                <w:body>\(xml)\(page)</w:body></w:document>
                """
        }
    }
}
