import BaocaoCore
import Foundation

/// The file formats a document is written in.
public enum DocumentFormat: String, Sendable, CaseIterable {
    /// Office Open XML: opens in Word and LibreOffice.
    case docx
    /// One self-contained HTML file with print CSS for A4.
    case html
    /// Markdown (pandoc's dialect: pipe tables).
    case md

    /// The writer's bytes for `document`.
    public func data(for document: OfficialDocument) throws -> Data {
        switch self {
        case .docx: try DOCXWriter().data(for: document)
        case .html: Data(HTMLWriter().text(for: document).utf8)
        case .md: Data(MarkdownWriter().text(for: document).utf8)
        }
    }

    /// The format a file name's extension names (".docx", ".html"/".htm", ".md").
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "docx": self = .docx
        case "html", "htm": self = .html
        case "md", "markdown": self = .md
        default: return nil
        }
    }
}
