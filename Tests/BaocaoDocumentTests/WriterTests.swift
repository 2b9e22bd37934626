import BaocaoCore
@testable import BaocaoDocument
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import ZIPFoundation

/// What an official sees in each format: the header of the layout, the number, the date line,
/// the signer; and what Word needs: well-formed parts, A4, Decree 30's margins, Times New Roman.
@Suite("Document writers")
struct WriterTests {
    static func document(layout: DocumentLayout, chart: Bool = true) -> OfficialDocument {
        var blocks: [DocumentBlock] = [
            .header(DocumentHeader(layout: layout, superior: layout == .party ? "Đảng bộ tỉnh Bến Tre" : "Tổng Liên đoàn Lao động Việt Nam",
                                   issuer: layout == .party ? "Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh" : "Liên đoàn Lao động tỉnh Tây Ninh",
                                   number: layout == .party ? "12-BC/ĐUK" : "12/BC-LĐLĐ", place: layout == .party ? "Bến Tre" : "Tây Ninh",
                                   date: CalendarDate(year: 2023, month: 11, day: 2))),
            .title(DocumentTitle(type: "Báo cáo", subject: "Kết quả thực hiện công tác dân vận chính quyền năm 2023")),
            .heading(level: 1, [TextRun("I. TÌNH HÌNH")]),
            .paragraph(TextRun.parse("Có 12/14 báo cáo, đạt **85,7%** <và> & *một* ghi chú.")),
            .list([[TextRun("LĐLĐ huyện Gò Dầu")], [TextRun("- dấu gạch đầu dòng")]]),
            .table(DocumentTable(caption: "Tình hình gửi báo cáo", columns: ["Đơn vị", "Tỷ lệ"], rows: [["Gò Dầu", "85,7%"], ["Bến Cầu", "61,1%"]])),
        ]
        if chart { blocks.append(.chart(BarChart(title: "Tỷ lệ gửi báo cáo (%)", bars: [.init(label: "Gò Dầu", value: 85.7), .init(label: "Bến Cầu", value: 61.1)]))) }
        blocks += [
            .recipients(RecipientList(recipients: ["UBND tỉnh (qua Sở Nội vụ)", "Ban Dân vận Tỉnh uỷ"], archive: ["VT", "CSPL&QHLĐ"])),
            .signature(Signer(authority: layout == .party ? .partyOnBehalf : .onBehalf, onBehalfOf: "BAN THƯỜNG VỤ", title: "PHÓ CHỦ TỊCH", name: "Dương Đại Lộc")),
        ]
        return OfficialDocument(blocks: blocks)
    }

    /// The parts of a DOCX by path, as text.
    static func parts(_ data: Data) throws -> [String: String] {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: String] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = String(decoding: bytes, as: UTF8.self)
        }
        return parts
    }

    static func isWellFormed(_ xml: String) -> Bool {
        XMLParser(data: Data(xml.utf8)).parse()
    }

    /// The text of the `w:t` elements of document.xml, joined; the no-break spaces that keep a
    /// header's last words together read as spaces.
    static func text(ofDocumentXML xml: String) -> String {
        var text = ""
        var rest = Substring(xml)
        while let open = rest.range(of: "<w:t xml:space=\"preserve\">") {
            guard let close = rest[open.upperBound...].range(of: "</w:t>") else { break }
            text += rest[open.upperBound..<close.lowerBound] + " "
            rest = rest[close.upperBound...]
        }
        return text.replacingOccurrences(of: "\u{00A0}", with: " ")
    }

    @Test("A state DOCX: well-formed parts, A4, Decree 30 margins, Times New Roman, the state header, a native chart")
    func stateDOCX() throws {
        let parts = try Self.parts(try DOCXWriter().data(for: Self.document(layout: .state)))
        for name in ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/settings.xml",
                     "word/header1.xml", "word/_rels/document.xml.rels", "word/charts/chart1.xml", "docProps/core.xml"] {
            let part = try #require(parts[name], "missing \(name)")
            #expect(Self.isWellFormed(part), "\(name) is not well-formed XML")
        }
        let document = parts["word/document.xml"]!
        #expect(document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"), "A4 portrait")
        #expect(document.contains("w:top=\"1134\"") && document.contains("w:left=\"1701\"") && document.contains("w:right=\"850\""),
                "top 20 mm, left 30 mm, right 15 mm")
        #expect(document.contains("<w:titlePg/>"), "no page number on the first page")
        #expect(parts["word/styles.xml"]!.contains("w:ascii=\"Times New Roman\""))
        let text = Self.text(ofDocumentXML: document)
        for expected in ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM",
                         "LIÊN ĐOÀN LAO ĐỘNG TỈNH TÂY NINH", "Số: 12/BC-LĐLĐ", "Tây Ninh, ngày 02 tháng 11 năm 2023", "Nơi nhận:",
                         "- UBND tỉnh (qua Sở Nội vụ);", "- Lưu: VT, CSPL&amp;QHLĐ.", "TM. BAN THƯỜNG VỤ", "Dương Đại Lộc",
                         "&lt;và&gt; &amp;"] {
            #expect(text.contains(expected), "document.xml lacks \(expected)")
        }
        #expect(document.contains("r:id=\"rIdChart1\""))
        #expect(parts["word/charts/chart1.xml"]!.contains("<c:v>Gò Dầu</c:v>"))
        #expect(parts["word/charts/chart1.xml"]!.contains("<c:v>85.7</c:v>"))
    }

    @Test("A Party DOCX: ĐẢNG CỘNG SẢN VIỆT NAM, the asterisk, 'Số' without a colon, T/M")
    func partyDOCX() throws {
        let parts = try Self.parts(try DOCXWriter().data(for: Self.document(layout: .party, chart: false)))
        let text = Self.text(ofDocumentXML: parts["word/document.xml"]!)
        for expected in ["ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG BỘ TỈNH BẾN TRE", " * ", "Số 12-BC/ĐUK", "T/M BAN THƯỜNG VỤ", "Bến Tre, ngày 02 tháng 11 năm 2023"] {
            #expect(text.contains(expected), "document.xml lacks \(expected)")
        }
        #expect(!text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        #expect(!text.contains("Số:"))
        #expect(parts["word/charts/chart1.xml"] == nil)
    }

    @Test("HTML: one file with A4 print CSS, the layout's header, the chart as SVG, text escaped")
    func html() {
        let html = HTMLWriter().text(for: Self.document(layout: .state))
        #expect(html.contains("@page { size: A4;"))
        #expect(html.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        #expect(html.contains("Số: 12/BC-LĐLĐ"))
        #expect(html.contains("<svg"))
        #expect(html.contains("&lt;và&gt; &amp;"))
        #expect(!html.contains("<link") && !html.contains("<script"), "self-contained")
        let party = HTMLWriter().text(for: Self.document(layout: .party))
        #expect(party.contains("ĐẢNG CỘNG SẢN VIỆT NAM") && party.contains("<body class=\"party\">"))
    }

    @Test("Markdown: pipe tables, the chart's values, recipients that do not turn into a list")
    func markdown() {
        let text = MarkdownWriter().text(for: Self.document(layout: .state))
        #expect(text.contains("| Đơn vị | Tỷ lệ |\n|---|---:|\n| Gò Dầu | 85,7% |"))
        #expect(text.contains("| Gò Dầu | 85,7 |"))
        #expect(text.contains("***Nơi nhận:***\\\n\\- UBND tỉnh (qua Sở Nội vụ);"))
        #expect(text.contains("**TM. BAN THƯỜNG VỤ**"))
    }

    @Test("Template markup: numbered headings, lists, paragraphs, computed blocks, unknown names reported")
    func markup() {
        let text = """
            Mở đầu dòng một
            dòng hai.

            # Tình hình
            - một
            - hai
            [[chart]]
            ## Chi tiết
            # II. Đã có số
            [[bảng-lạ]]
            """
        let (blocks, unknown) = ReportMarkup.blocks(from: text) { name in
            name == "chart" ? [.paragraph([TextRun("CHART")])] : nil
        }
        #expect(blocks == [
            .paragraph([TextRun("Mở đầu dòng một dòng hai.")]),
            .heading(level: 1, [TextRun("I. TÌNH HÌNH")]),
            .list([[TextRun("một")], [TextRun("hai")]]),
            .paragraph([TextRun("CHART")]),
            .heading(level: 2, [TextRun("1. Chi tiết")]),
            .heading(level: 1, [TextRun("II. Đã có số")]),
        ])
        #expect(unknown == [.init(name: "bảng-lạ", line: 10)])
    }

    @Test("Emphasis marks read into runs; an unmatched mark stays as written")
    func runs() {
        #expect(TextRun.parse("a **b** *c* d") == [TextRun("a "), TextRun("b", bold: true), TextRun(" "), TextRun("c", italic: true), TextRun(" d")])
        #expect(TextRun.parse("5 * 3").plainText == "5 * 3")
    }

    @Test("The report's number keeps the issuer's code with the serial left blank", arguments: [
        ("439/KH-LĐLĐ", DocumentLayout.state, "      /BC-LĐLĐ"),
        ("558-CV/ĐUK", .party, "      -BC/ĐUK"),
        (nil, .state, "      /BC"),
    ] as [(String?, DocumentLayout, String)])
    func reportNumber(_ number: String?, _ layout: DocumentLayout, _ expected: String) {
        #expect(ConsolidatedReport.reportNumber(from: number, layout: layout) == expected)
    }

    @Test("A directive without a number: the report's number takes the issuing unit's code (Cao Bằng's LĐLĐ)")
    func reportNumberFromTheIssuer() {
        #expect(ConsolidatedReport.reportNumber(from: nil, layout: .state, issuerCode: "LĐLĐ") == "      /BC-LĐLĐ")
        #expect(ConsolidatedReport.reportNumber(from: nil, layout: .party, issuerCode: "ĐUK") == "      -BC/ĐUK")
    }

    @Test("A header's name never ends a line before its last word: 'TỈNH BẾN' / 'TRE' cannot happen")
    func headerNamesKeepTheirLastWords() {
        #expect(DocumentHeader.keepingLastWordsTogether("ĐẢNG ỦY KHỐI CƠ QUAN - DOANH NGHIỆP TỈNH BẾN TRE").hasSuffix("BẾN\u{00A0}TRE"))
        #expect(DocumentHeader.keepingLastWordsTogether("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM").hasSuffix("VIỆT\u{00A0}NAM"))
        #expect(DocumentHeader.keepingLastWordsTogether("UBND") == "UBND")
    }

    @Test("Issue 22: the Markdown report carries no raw HTML from a unit's name or narrative")
    func markdownEscapesHTML() {
        let hostile = "<script>alert(1)</script> & <b>Gò Dầu</b>"
        let document = OfficialDocument(blocks: [
            .paragraph([TextRun(hostile)]), .list([[TextRun("**" + hostile + "**")]]),
            .table(DocumentTable(columns: ["Đơn vị"], rows: [[hostile]])),
        ])
        let text = MarkdownWriter().text(for: document)
        #expect(!text.contains("<script>") && !text.contains("<b>"))
        #expect(text.contains("\\<script\\>") && text.contains("\\&"))
    }
}
