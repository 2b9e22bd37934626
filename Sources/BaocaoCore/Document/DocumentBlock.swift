/// One block of an official document, in reading order.
public enum DocumentBlock: Sendable, Hashable {
    case header(DocumentHeader)
    case title(DocumentTitle)
    /// A numbered section heading ("I. Tình hình báo cáo"); level 1 is the top.
    case heading(level: Int, [TextRun])
    case paragraph([TextRun])
    case list([[TextRun]])
    case table(DocumentTable)
    case chart(BarChart)
    /// "Kính gửi:" with the addressees, for an official letter or a report sent up.
    case addressees([String])
    case recipients(RecipientList)
    case signature(Signer)
    /// The next block starts a new page: an appendix (Phụ lục) after the signature.
    case pageBreak

    /// The block's kind as plugins see it: "header", "title", "heading", "paragraph", "list",
    /// "table", "chart", "addressees", "recipients", "signature", "page-break".
    public var kind: String {
        switch self {
        case .header: "header"
        case .title: "title"
        case .heading: "heading"
        case .paragraph: "paragraph"
        case .list: "list"
        case .table: "table"
        case .chart: "chart"
        case .addressees: "addressees"
        case .recipients: "recipients"
        case .signature: "signature"
        case .pageBreak: "page-break"
        }
    }

    /// The block's text without layout.
    public var plainText: String {
        switch self {
        case .header(let header):
            ([header.superior, header.issuer, header.numberLine, header.summary].compactMap { $0 }
                + header.layout.motto + [header.dateLine]).joined(separator: "\n")
        case .title(let title): "\(title.type)\n\(title.subject)"
        case .heading(_, let runs), .paragraph(let runs): runs.plainText
        case .list(let items): items.map { "- " + $0.plainText }.joined(separator: "\n")
        case .table(let table):
            ([table.caption].compactMap { $0 } + [table.columns.joined(separator: " | ")]
                + table.rows.map { $0.joined(separator: " | ") }).joined(separator: "\n")
        case .chart(let chart): ([chart.title] + chart.bars.map { "\($0.label): \($0.value)\(chart.unit)" }).joined(separator: "\n")
        case .addressees(let names): "Kính gửi: " + names.joined(separator: "; ")
        case .recipients(let list): (["Nơi nhận:"] + list.lines).joined(separator: "\n")
        case .pageBreak: ""
        case .signature(let signer):
            [signer.authorityLine, signer.title, signer.note, signer.name].compactMap { $0 }.joined(separator: "\n")
        }
    }
}
