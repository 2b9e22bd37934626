import BaocaoCore
import Foundation

/// Writes an ``OfficialDocument`` as one self-contained HTML file: the official layout in CSS (A4
/// page and margins for print, Times New Roman, the two-column header), charts as inline SVG, no
/// external files. It reads on a phone and prints like the Word file.
public struct HTMLWriter: Sendable {
    public init() {}

    public func text(for document: OfficialDocument) -> String {
        var body = ""
        let blocks = document.blocks
        var index = 0
        while index < blocks.count {
            if case .recipients(let list) = blocks[index], index + 1 < blocks.count, case .signature(let signer) = blocks[index + 1] {
                body += "<div class=\"closing\">\(recipients(list))\(signature(signer))</div>\n"
                index += 2
                continue
            }
            body += html(blocks[index], layout: document.layout)
            index += 1
        }
        let title = document.title.map { "\($0.type) \($0.subject)" } ?? "Văn bản"
        return """
            <!DOCTYPE html>
            <html lang="vi">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title))</title>
            <style>
            \(Self.css)
            </style>
            </head>
            <body class="\(document.layout.rawValue)">
            <main class="page">
            \(body)</main>
            </body>
            </html>

            """
    }

    static let css = """
        @page { size: A4; margin: \(Int(PageGeometry.topMillimetres))mm \(Int(PageGeometry.rightMillimetres))mm \(Int(PageGeometry.bottomMillimetres))mm \(Int(PageGeometry.leftMillimetres))mm; }
        body { font-family: "Times New Roman", Times, "Liberation Serif", serif; font-size: 14pt; line-height: 1.35; color: #000; background: #eee; margin: 0; }
        .page { background: #fff; max-width: 210mm; box-sizing: border-box; margin: 1em auto; padding: \(Int(PageGeometry.topMillimetres))mm \(Int(PageGeometry.rightMillimetres))mm \(Int(PageGeometry.bottomMillimetres))mm \(Int(PageGeometry.leftMillimetres))mm; box-shadow: 0 0 4px #aaa; }
        @media print { body { background: none; } .page { margin: 0; padding: 0; box-shadow: none; max-width: none; } }
        @media (max-width: 600px) { .page { padding: 1em; } .header, .closing { flex-direction: column; } .header > div, .closing > div { width: auto !important; } }
        .header { display: flex; justify-content: space-between; text-align: center; font-size: 13pt; }
        .header .issuer { width: 42%; } .header .motto { width: 58%; } .header .superior { font-size: 12pt; }
        .header p, .closing p, .title p { margin: 0; }
        .upper { text-transform: uppercase; }
        .rule { border-top: 1px solid #000; margin: 1px auto 4px; }
        .party .motto .first { text-decoration: underline; }
        .date { font-style: italic; font-size: 14pt; margin-top: 0.5em !important; }
        .title { text-align: center; font-weight: bold; margin: 1.2em 0 1em; }
        .title .type { text-transform: uppercase; }
        h1, h2, h3 { font-size: 14pt; margin: 0.6em 0 0.3em; text-indent: 1cm; }
        h2 { font-style: italic; } h3 { font-weight: normal; font-style: italic; }
        p.body, li { text-align: justify; text-indent: 1cm; margin: 0.25em 0; }
        ul.dash { list-style: none; padding: 0; margin: 0; } ul.dash li::before { content: "- "; }
        table.grid { border-collapse: collapse; width: 100%; font-size: 12pt; margin: 0.3em 0 0.8em; page-break-inside: auto; }
        table.grid th, table.grid td { border: 1px solid #000; padding: 2px 5px; vertical-align: middle; }
        table.grid th { background: #e7e6e6; } table.grid td.num { text-align: right; }
        table.grid tr { page-break-inside: avoid; }
        .caption { text-align: center; font-weight: bold; font-size: 13pt; margin-top: 0.8em; }
        figure { margin: 0.5em 0; text-align: center; } figure svg { max-width: 100%; height: auto; }
        .addressees { text-align: center; margin: 0.6em 0; }
        .closing { display: flex; justify-content: space-between; margin-top: 1.2em; page-break-inside: avoid; }
        .page-break { break-before: page; page-break-before: always; height: 0; margin: 1.5em 0; border-top: 1px dashed #999; }
        @media print { .page-break { border: none; margin: 0; } }
        .recipients { width: 45%; font-size: 11pt; } .recipients .label { font-weight: bold; font-style: italic; font-size: 12pt; }
        .signature { width: 55%; text-align: center; font-weight: bold; }
        .signature .space { height: 5em; } .signature .note { font-weight: normal; font-style: italic; margin: 1.5em 0 !important; }
        .signature.alone { margin-left: 45%; }
        """

    private func escape(_ text: String) -> String { XMLText.escape(text) }

    private func runs(_ runs: [TextRun]) -> String {
        runs.map { run in
            var text = escape(run.text).replacingOccurrences(of: "\n", with: "<br>")
            if run.italic { text = "<em>\(text)</em>" }
            if run.bold { text = "<strong>\(text)</strong>" }
            return text
        }.joined()
    }

    private func html(_ block: DocumentBlock, layout: DocumentLayout) -> String {
        switch block {
        case .header(let header):
            var left = ""
            if let superior = header.superior { left += "<p class=\"upper superior\">\(escape(DocumentHeader.keepingLastWordsTogether(superior)))</p>" }
            left += "<p class=\"upper\"><strong>\(escape(DocumentHeader.keepingLastWordsTogether(header.issuer)))</strong></p>"
            left += header.layout == .state ? "<div class=\"rule\" style=\"width:22mm\"></div>" : "<p>*</p>"
            if let line = header.numberLine { left += "<p style=\"white-space: pre\">\(escape(line))</p>" }
            if let summary = header.summary { left += "<p style=\"font-size:12pt\">\(escape(summary))</p>" }
            var right = ""
            for (position, line) in header.layout.motto.enumerated() {
                right += "<p class=\"\(position == 0 ? "first" : "")\"><strong>\(escape(line))</strong></p>"
            }
            if header.layout == .state { right += "<div class=\"rule\" style=\"width:56mm\"></div>" }
            right += "<p class=\"date\">\(escape(header.dateLine))</p>"
            return "<header class=\"header\"><div class=\"issuer\">\(left)</div><div class=\"motto\">\(right)</div></header>\n"
        case .title(let title):
            let rule = layout == .state ? "<div class=\"rule\" style=\"width:30mm\"></div>" : ""
            return "<div class=\"title\"><p class=\"type\">\(escape(title.type))</p><p>\(escape(title.subject))</p>\(rule)</div>\n"
        case .heading(let level, let text):
            let tag = "h\(min(max(level, 1), 3))"
            return "<\(tag)>\(runs(text))</\(tag)>\n"
        case .paragraph(let text):
            return "<p class=\"body\">\(runs(text))</p>\n"
        case .list(let items):
            return "<ul class=\"dash\">" + items.map { "<li>\(runs($0))</li>" }.joined() + "</ul>\n"
        case .table(let table):
            var out = table.caption.map { "<p class=\"caption\">\(escape($0))</p>" } ?? ""
            out += "<table class=\"grid\"><thead><tr>" + table.columns.map { "<th>\(escape($0))</th>" }.joined() + "</tr></thead><tbody>"
            for row in table.rows {
                out += "<tr>" + row.map { "<td\(DocumentTable.isNumeric($0) ? " class=\"num\"" : "")>\(escape($0))</td>" }.joined() + "</tr>"
            }
            return out + "</tbody></table>\n"
        case .chart(let chart):
            return "<figure>\(SVGChart(chart: chart).text)</figure>\n"
        case .addressees(let names):
            if names.count == 1 { return "<p class=\"addressees\">Kính gửi: \(escape(names[0]))</p>\n" }
            return "<div class=\"addressees\"><p>Kính gửi:</p>" + names.map { "<p>- \(escape($0));</p>" }.joined() + "</div>\n"
        case .recipients(let list):
            return "<div class=\"closing\">\(recipients(list))</div>\n"
        case .pageBreak:
            return "<div class=\"page-break\"></div>\n"
        case .signature(let signer):
            return "<div class=\"closing\">\(signature(signer).replacingOccurrences(of: "class=\"signature\"", with: "class=\"signature alone\""))</div>\n"
        }
    }

    private func recipients(_ list: RecipientList) -> String {
        "<div class=\"recipients\"><p class=\"label\">Nơi nhận:</p>" + list.lines.map { "<p>\(escape($0))</p>" }.joined() + "</div>"
    }

    private func signature(_ signer: Signer) -> String {
        var out = "<div class=\"signature\">"
        if let authority = signer.authorityLine { out += "<p class=\"upper\">\(escape(authority))</p>" }
        out += "<p class=\"upper\">\(escape(signer.title))</p>"
        out += signer.note.map { "<p class=\"note\">\(escape($0))</p>" } ?? "<div class=\"space\"></div>"
        return out + "<p>\(escape(signer.name))</p></div>"
    }
}
