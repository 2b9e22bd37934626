import Foundation

/// The text of a directive as lines, read from a `.txt`, `.md` or `.docx` file and normalised:
/// Unicode in composed form (NFC), line ends unified, no-break and zero-width spaces dealt with.
///
/// Line numbers are 1-based. For a `.docx`, each paragraph of the document is one line.
public struct SourceText: Sendable, Hashable {
    /// The file's path as given, for messages.
    public var path: String
    /// The lines as written (after Unicode normalisation), 1-based through ``line(_:)``.
    public var lines: [String]

    /// Makes a source from text already in memory (tests, plugins' tests, embedders).
    public init(path: String, text: String) {
        self.path = path
        self.lines = Self.normalisedLines(text)
    }

    /// Reads `path`: `.txt` and `.md` as UTF-8 text, `.docx` through its `word/document.xml`.
    /// - Throws: ``ImportError`` naming the file and what is wrong with it.
    public init(contentsOf path: String) throws(ImportError) {
        let url = URL(fileURLWithPath: path)
        let ext = url.pathExtension.lowercased()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(path: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw .unreadable(path: path, reason: "it is a folder") }
        let text: String
        switch ext {
        case "txt", "md", "markdown", "text":
            guard let data = FileManager.default.contents(atPath: path) else {
                throw .unreadable(path: path, reason: "permission denied or unreadable")
            }
            guard let decoded = String(data: data, encoding: .utf8) else { throw .notText(path: path) }
            text = decoded
        case "docx":
            text = try DocxText(path: path).text()
        default:
            throw .unsupportedFormat(path: path, fileExtension: ext)
        }
        self.init(path: path, text: text)
        guard lines.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
            throw .empty(path: path)
        }
    }

    /// The text of line `number` (1-based); empty outside the text.
    public func line(_ number: Int) -> String {
        lines.indices.contains(number - 1) ? lines[number - 1] : ""
    }

    static func normalisedLines(_ text: String) -> [String] {
        var text = text.precomposedStringWithCanonicalMapping
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        let spaces: Set<Character> = ["\u{00A0}", "\u{2007}", "\u{202F}", "\u{2009}", "\u{200A}", "\u{3000}"]
        let invisible: Set<Character> = ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{00AD}"]
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(line.compactMap { character -> Character? in
                if invisible.contains(character) { return nil }
                return spaces.contains(character) ? " " : character
            })
        }
    }
}
