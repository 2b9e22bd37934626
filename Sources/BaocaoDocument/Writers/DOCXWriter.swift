import BaocaoCore
import Foundation
import ZIPFoundation

/// Writes an ``OfficialDocument`` as a Word file (Office Open XML) in the official layout: A4 with
/// Decree 30's margins, Times New Roman, the two-column header table, page numbers at the top from
/// the second page, Nơi nhận and the signature side by side, and charts as native Word charts.
///
/// The file is built in memory and its bytes returned, so a caller writing it to disk never leaves
/// half a file behind.
public struct DOCXWriter: Sendable {
    public init() {}

    /// Font sizes in points, as Appendix I sets them (within their ranges).
    enum Size {
        static let body = 14.0
        static let header = 13.0
        static let superior = 12.0
        static let motto = 12.0
        /// "Độc lập - Tự do - Hạnh phúc".
        static let mottoSecond = 14.0
        /// Hướng dẫn 36-HD/VPTW's sizes for a Party document: the committees and the number,
        /// "ĐẢNG CỘNG SẢN VIỆT NAM", the document's type.
        static let partyHeader = 14.0
        static let partyMotto = 15.0
        static let partyTitle = 15.0
        static let table = 12.0
        static let recipientsLabel = 12.0
        static let recipients = 11.0
    }

    public func data(for document: OfficialDocument) throws -> Data {
        var body = BodyBuilder(layout: document.layout)
        body.add(document.blocks)
        let archive = try Archive(data: Data(), accessMode: .create)
        func add(_ path: String, _ text: String) throws { try archive.addPart(path, Data(text.utf8)) }
        try add("[Content_Types].xml", contentTypes(charts: body.charts.count))
        try add("_rels/.rels", Self.packageRelationships)
        try add("docProps/core.xml", coreProperties(document))
        try add("word/document.xml", body.documentXML())
        try add("word/styles.xml", Self.styles)
        try add("word/settings.xml", Self.settings)
        try add("word/header1.xml", Self.pageNumberHeader)
        try add("word/_rels/document.xml.rels", relationships(charts: body.charts.count))
        for (index, chart) in body.charts.enumerated() {
            try add("word/charts/chart\(index + 1).xml", ChartXML(chart: chart).text)
            // The chart's data as a workbook inside the file, so that Word's "Edit Data" opens it.
            try add("word/charts/_rels/chart\(index + 1).xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rIdData" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/package" \
                Target="../embeddings/Microsoft_Excel_Worksheet\(index + 1).xlsx"/></Relationships>
                """)
            let workbook = try XLSXWorkbook(sheets: [ChartXML(chart: chart).worksheet]).data()
            try archive.addPart("word/embeddings/Microsoft_Excel_Worksheet\(index + 1).xlsx", workbook, compressed: false)
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    private func contentTypes(charts: Int) -> String {
        let chartOverrides = (0..<charts).map {
            "<Override PartName=\"/word/charts/chart\($0 + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.drawingml.chart+xml\"/>"
        }.joined()
        return """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Default Extension="xlsx" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
        <Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>\
        <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
        \(chartOverrides)</Types>
        """
    }

    private static let packageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
        </Relationships>
        """

    private func relationships(charts: Int) -> String {
        let chartRelationships = (0..<charts).map {
            "<Relationship Id=\"rIdChart\($0 + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart\" Target=\"charts/chart\($0 + 1).xml\"/>"
        }.joined()
        return """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        <Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>\
        <Relationship Id="rIdHeader1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>\
        \(chartRelationships)</Relationships>
        """
    }

    private func coreProperties(_ document: OfficialDocument) -> String {
        let title = document.title.map { "\($0.type) \($0.subject)" } ?? ""
        let creator = document.header?.issuer ?? ""
        return """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
        <dc:title>\(XMLText.escape(title))</dc:title><dc:creator>\(XMLText.escape(creator))</dc:creator><dc:language>vi-VN</dc:language>\
        </cp:coreProperties>
        """
    }

    private static let font = "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"Times New Roman\" w:cs=\"Times New Roman\"/>"

    private static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
        <w:docDefaults><w:rPrDefault><w:rPr>\(font)<w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault>\
        <w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
        <w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/><w:qFormat/>\
        <w:pPr><w:spacing w:before="60" w:after="60" w:line="300" w:lineRule="auto"/><w:ind w:firstLine="567"/><w:jc w:val="both"/></w:pPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="BodyText"/><w:next w:val="BodyText"/><w:qFormat/>\
        <w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="BodyText"/><w:next w:val="BodyText"/><w:qFormat/>\
        <w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:bCs/><w:i/><w:iCs/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="BodyText"/><w:next w:val="BodyText"/><w:qFormat/>\
        <w:pPr><w:keepNext/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:i/><w:iCs/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/>\
        <w:pPr><w:keepNext/><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:bCs/><w:caps/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:qFormat/>\
        <w:pPr><w:keepNext/><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/>\
        <w:pPr><w:spacing w:before="20" w:after="20"/></w:pPr><w:rPr><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:qFormat/>\
        <w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60"/><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Recipients"><w:name w:val="Recipients"/><w:basedOn w:val="Normal"/>\
        <w:rPr><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr>\
        <w:rPr><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>\
        <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>\
        <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>\
        <w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
        <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>\
        <w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>\
        <w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>\
        <w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders></w:tblPr></w:style>\
        </w:styles>
        """

    private static let settings = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
        <w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>\
        </w:settings>
        """

    /// Page numbers centred at the top (Appendix I), shown from the second page on.
    private static let pageNumberHeader = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
        <w:p><w:pPr><w:pStyle w:val="Header"/><w:jc w:val="center"/></w:pPr>\
        <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>\
        <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>\
        </w:hdr>
        """
}
