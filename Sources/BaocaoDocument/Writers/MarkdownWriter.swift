import BaocaoCore
import Foundation

/// Writes an ``OfficialDocument`` as Markdown (pandoc's dialect): the header as lines, headings,
/// pipe tables, the chart as a table of its values, Nơi nhận and the signature at the end. For
/// reading and diffing; the layout belongs to DOCX and HTML.
public struct MarkdownWriter: Sendable {
    public init() {}

    public func text(for document: OfficialDocument) -> String {
        document.blocks.map(markdown).joined(separator: "\n") 
    }

    private func inline(_ runs: [TextRun]) -> String {
        runs.map { run in
            let text = escape(run.text)
            if run.bold && run.italic { return "***\(text)***" }
            if run.bold { return "**\(text)**" }
            if run.italic { return "*\(text)*" }
            return text
        }.joined()
    }

    private func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            // Markdown's own marks, and "<", ">" and "&", which would start raw HTML or an entity (a
            // unit named "<script>…" stays text).
            if "*_`[]\\|<>&".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    private func markdown(_ block: DocumentBlock) -> String {
        switch block {
        case .header(let header):
            var lines: [String] = []
            if let superior = header.superior { lines.append(escape(superior.uppercased(with: Locale(identifier: "vi")))) }
            lines.append("**\(escape(header.issuer.uppercased(with: Locale(identifier: "vi"))))**")
            if header.layout == .party { lines.append("\\*") }
            if let line = header.numberLine { lines.append(escape(line)) }
            if let summary = header.summary { lines.append(escape(summary)) }
            lines += header.layout.motto.map { "**\(escape($0))**" }
            lines.append("*\(escape(header.dateLine))*")
            return lines.joined(separator: "\\\n") + "\n"
        case .title(let title):
            return "# \(escape(title.type))\n\n**\(escape(title.subject))**\n"
        case .heading(let level, let runs):
            return String(repeating: "#", count: min(max(level, 1), 5) + 1) + " " + inline(runs) + "\n"
        case .paragraph(let runs):
            return inline(runs) + "\n"
        case .list(let items):
            return items.map { "- " + inline($0) }.joined(separator: "\n") + "\n"
        case .table(let table):
            return self.table(caption: table.caption, columns: table.columns, rows: table.rows)
        case .chart(let chart):
            return self.table(caption: chart.title, columns: ["", chart.unit == "%" ? "Tỷ lệ (%)" : chart.unit],
                              rows: chart.bars.map { [$0.label, VietnameseNumber.decimal($0.value)] })
        case .addressees(let names):
            return "Kính gửi: " + names.map(escape).joined(separator: "; ") + "\n"
        case .pageBreak:
            // pandoc's Markdown has no page break; a rule marks where the page ends.
            return "* * *\n"
        case .recipients(let list):
            // "\\-": a line starting "- " after a line break would begin a list.
            return "***Nơi nhận:***\\\n" + list.lines.map { "\\" + escape($0) }.joined(separator: "\\\n") + "\n"
        case .signature(let signer):
            let lines = [signer.authorityLine, signer.title].compactMap { $0 }.map { "**\(escape($0.uppercased(with: Locale(identifier: "vi"))))**" }
                + [signer.note.map { "*\(escape($0))*" }, "**\(escape(signer.name))**"].compactMap { $0 }
            return lines.joined(separator: "\\\n") + "\n"
        }
    }

    private func table(caption: String?, columns: [String], rows: [[String]]) -> String {
        var out = caption.map { "**\(escape($0))**\n\n" } ?? ""
        let count = max(columns.count, rows.map(\.count).max() ?? 0)
        func row(_ cells: [String]) -> String {
            "| " + (0..<count).map { cells.indices.contains($0) ? escape(cells[$0]) : "" }.joined(separator: " | ") + " |"
        }
        out += row(columns) + "\n"
        out += "|" + (0..<count).map { column in
            rows.allSatisfy { !$0.indices.contains(column) || $0[column].isEmpty || DocumentTable.isNumeric($0[column]) } && column > 0 ? "---:|" : "---|"
        }.joined() + "\n"
        out += rows.map(row).joined(separator: "\n") + "\n"
        return out
    }
}
