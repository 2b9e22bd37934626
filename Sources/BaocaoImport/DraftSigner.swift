import BaocaoCore

/// The signature block as found: "TM. BAN THƯỜNG VỤ / PHÓ CHỦ TỊCH / (đã ký) / Phạm Đức Khôi".
public struct DraftSigner: Sendable, Hashable {
    public var authority: SigningAuthority?
    /// "BAN THƯỜNG VỤ".
    public var onBehalfOf: String?
    public var title: String?
    public var name: String?
    /// "(đã ký)" on a transcribed copy.
    public var note: String?
    /// The line the block starts on.
    public var line: Int
    /// The line of the title.
    public var titleLine: Int?
    /// The line of the note.
    public var noteLine: Int?
    /// The line of the name.
    public var nameLine: Int?

    public init(authority: SigningAuthority?, onBehalfOf: String?, title: String?, name: String?,
                note: String?, line: Int, nameLine: Int?) {
        self.authority = authority
        self.onBehalfOf = onBehalfOf
        self.title = title
        self.name = name
        self.note = note
        self.line = line
        self.nameLine = nameLine
    }
}
