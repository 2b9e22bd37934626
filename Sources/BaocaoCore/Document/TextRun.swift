/// A stretch of text with one emphasis inside a paragraph, heading or list item.
public struct TextRun: Sendable, Hashable {
    public var text: String
    public var bold: Bool
    public var italic: Bool

    public init(_ text: String, bold: Bool = false, italic: Bool = false) {
        self.text = text
        self.bold = bold
        self.italic = italic
    }

    /// Reads `**bold**` and `*italic*` marks in `text` into runs; everything else is plain.
    /// Template text uses these marks; an unmatched mark is kept as written.
    public static func parse(_ text: String) -> [TextRun] {
        var runs: [TextRun] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            if rest.hasPrefix("**"), let close = rest.dropFirst(2).range(of: "**") {
                runs.append(TextRun(String(rest[rest.index(rest.startIndex, offsetBy: 2)..<close.lowerBound]), bold: true))
                rest = rest[close.upperBound...]
            } else if rest.hasPrefix("*"), let close = rest.dropFirst().firstIndex(of: "*") {
                runs.append(TextRun(String(rest[rest.index(after: rest.startIndex)..<close]), italic: true))
                rest = rest[rest.index(after: close)...]
            } else {
                let next = rest.dropFirst().firstIndex(of: "*") ?? rest.endIndex
                let plain = String(rest[..<next])
                if let last = runs.last, !last.bold, !last.italic {
                    runs[runs.count - 1].text += plain
                } else {
                    runs.append(TextRun(plain))
                }
                rest = rest[next...]
            }
        }
        return runs.filter { !$0.text.isEmpty }
    }
}

extension Array where Element == TextRun {
    /// The runs' text without emphasis.
    public var plainText: String { map(\.text).joined() }
}
