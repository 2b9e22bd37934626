/// How the signer signs: on behalf of a collective body, for the head, or in the Party's form.
public enum SigningAuthority: String, Sendable, Hashable, Codable, CaseIterable {
    /// "TM." (thay mặt): on behalf of a collective body, such as "TM. BAN THƯỜNG VỤ".
    case onBehalf = "TM."
    /// "KT." (ký thay): signing for the head, such as "KT. CHỦ TỊCH".
    case forHead = "KT."
    /// "T/M": the Party's form of "on behalf of".
    case partyOnBehalf = "T/M"
    /// "Q." (quyền): acting head.
    case acting = "Q."
    /// "TL." (thừa lệnh): by order of the head.
    case byOrder = "TL."
    /// "TUQ." (thừa ủy quyền): by delegation.
    case byDelegation = "TUQ."
}
