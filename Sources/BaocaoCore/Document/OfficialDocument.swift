/// An official document (văn bản) as a sequence of blocks: the header with the issuing body and the
/// national motto, the title, the body, the recipients and the signature.
///
/// The model holds content, not looks: the ``DocumentLayout`` in the header decides how each writer
/// (DOCX, HTML, Markdown) draws it. Swift code builds documents; plugins reshape them with the
/// `document` hook, which sees the same blocks as Lua tables.
public struct OfficialDocument: Sendable, Hashable {
    public var blocks: [DocumentBlock]

    public init(blocks: [DocumentBlock]) {
        self.blocks = blocks
    }

    /// The first header block: who issues the document, its number, place and date.
    public var header: DocumentHeader? {
        for block in blocks { if case .header(let header) = block { return header } }
        return nil
    }

    /// The layout the header asks for; state (Decree 30) when there is no header.
    public var layout: DocumentLayout { header?.layout ?? .state }

    /// The title block's type and subject, for file metadata.
    public var title: DocumentTitle? {
        for block in blocks { if case .title(let title) = block { return title } }
        return nil
    }

    /// All text of the document, block by block, for search and checks.
    public var plainText: String {
        blocks.map(\.plainText).joined(separator: "\n")
    }
}
