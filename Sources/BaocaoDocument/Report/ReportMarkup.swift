import BaocaoCore

/// The light markup a `body` template produces, read into document blocks:
///
/// - `# Heading` and `## Heading`: headings, numbered I., II., … and 1., 2., … in order (a heading
///   that already starts with its number keeps it);
/// - `- item`: list items (consecutive lines make one list);
/// - `[[name]]` alone on a line: a block the report computes (`level-table`, `unit-table`,
///   `indicator-table`, `score-table`, `chart`);
/// - other lines: paragraphs, separated by blank lines; `**bold**` and `*italic*` inside.
struct ReportMarkup {
    /// A `[[name]]` line naming no computed block, with its line in the template's output.
    struct UnknownPlaceholder: Error, Equatable {
        var name: String
        var line: Int
    }

    static let placeholderNames = ["level-table", "unit-table", "indicator-table", "score-table", "chart"]

    /// Reads `text`; `placeholder` returns the blocks for a `[[name]]` line (nil for an unknown name,
    /// reported in `unknown`).
    static func blocks(from text: String, placeholder: (String) -> [DocumentBlock]?) -> (blocks: [DocumentBlock], unknown: [UnknownPlaceholder]) {
        var blocks: [DocumentBlock] = []
        var unknown: [UnknownPlaceholder] = []
        var paragraph: [String] = []
        var list: [[TextRun]] = []
        var sections = 0
        var subsections = 0
        func flush() {
            if !paragraph.isEmpty {
                blocks.append(.paragraph(TextRun.parse(paragraph.joined(separator: " "))))
                paragraph = []
            }
            if !list.isEmpty {
                blocks.append(.list(list))
                list = []
            }
        }
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { flush(); continue }
            if line.hasPrefix("[[") && line.hasSuffix("]]") {
                flush()
                let name = String(line.dropFirst(2).dropLast(2)).trimmingCharacters(in: .whitespaces)
                if let found = placeholder(name) { blocks += found } else { unknown.append(.init(name: name, line: offset + 1)) }
                continue
            }
            if line.hasPrefix("#") {
                flush()
                let level = line.prefix(while: { $0 == "#" }).count
                var title = line.drop(while: { $0 == "#" }).trimmingCharacters(in: .whitespaces)
                if level == 1 {
                    sections += 1
                    subsections = 0
                    if !startsWithNumber(title) { title = "\(roman(sections)). \(title.uppercased())" }
                } else if level == 2 {
                    subsections += 1
                    if !startsWithNumber(title) { title = "\(subsections). \(title)" }
                }
                blocks.append(.heading(level: min(level, 3), TextRun.parse(title)))
                continue
            }
            if line.hasPrefix("- ") {
                if !paragraph.isEmpty { flush() }
                list.append(TextRun.parse(String(line.dropFirst(2))))
                continue
            }
            if !list.isEmpty { flush() }
            paragraph.append(line)
        }
        flush()
        return (blocks, unknown)
    }

    static func roman(_ number: Int) -> String {
        let table: [(Int, String)] = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = number
        var out = ""
        for (value, letters) in table {
            while rest >= value { out += letters; rest -= value }
        }
        return out
    }

    /// "I. …", "2. …", "a) …": the heading carries its own number.
    private static func startsWithNumber(_ title: String) -> Bool {
        let head = title.prefix { $0 != " " }
        guard head.count >= 2, let last = head.last, last == "." || last == ")" else { return false }
        return head.dropLast().allSatisfy { $0.isNumber || "IVXLivxl".contains($0) } || head.count == 2
    }
}
