import Foundation

/// Why a file could not be imported at all. Each case names the file and what to do.
public enum ImportError: Error, Sendable, CustomStringConvertible, Equatable {
    /// The file does not exist or cannot be read.
    case unreadable(path: String, reason: String)
    /// The extension is not one import reads.
    case unsupportedFormat(path: String, fileExtension: String)
    /// A `.docx` that is not a Word document (not a zip, or no `word/document.xml`).
    case notADocx(path: String, reason: String)
    /// The text is not UTF-8.
    case notText(path: String)
    /// The file holds no text.
    case empty(path: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            "\(path): cannot read the file: \(reason)"
        case .unsupportedFormat(let path, let ext):
            "\(path): cannot import \(ext.isEmpty ? "a file without an extension" : "a '.\(ext)' file"); give the directive as .txt, .md or .docx (save a PDF's text as .txt first)"
        case .notADocx(let path, let reason):
            "\(path): not a Word document: \(reason); save it again from Word or LibreOffice as .docx, or give its text as .txt"
        case .notText(path: let path):
            "\(path): the file is not UTF-8 text; save it as 'UTF-8 text' (or give the .docx)"
        case .empty(path: let path):
            "\(path): the file holds no text; nothing to import"
        }
    }
}
