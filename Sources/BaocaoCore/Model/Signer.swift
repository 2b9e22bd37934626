/// The signature block at the end of a directive:
///
///     TM. BAN THƯỜNG VỤ
///     PHÓ CHỦ TỊCH THƯỜNG TRỰC
///     Trần Kim Long
public struct Signer: Sendable, Hashable, Codable {
    /// TM., KT., T/M…; nil when the head signs in their own name.
    public var authority: SigningAuthority?
    /// Who the authority is exercised for: "BAN THƯỜNG VỤ", "CHỦ TỊCH".
    public var onBehalfOf: String?
    /// The signer's title: "PHÓ CHỦ TỊCH THƯỜNG TRỰC".
    public var title: String
    /// The signer's name: "Trần Kim Long".
    public var name: String
    /// A note in place of the signature, such as "(đã ký)" on a transcribed copy.
    public var note: String?

    public init(authority: SigningAuthority? = nil, onBehalfOf: String? = nil, title: String,
                name: String, note: String? = nil) {
        self.authority = authority
        self.onBehalfOf = onBehalfOf
        self.title = title
        self.name = name
        self.note = note
    }

    /// The first line of the block: "TM. BAN THƯỜNG VỤ" (or the title when there is no authority).
    public var authorityLine: String? {
        guard let authority else { return nil }
        return [authority.rawValue, onBehalfOf].compactMap { $0 }.joined(separator: " ")
    }
}
