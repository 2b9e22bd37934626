/// An earlier document a directive rests on or implements ("Căn cứ", "Thực hiện"):
/// "Kế hoạch số 98-KH/BDVTU ngày 12/01/2023 của Ban Dân vận Tỉnh ủy".
public struct LegalBasis: Sendable, Hashable, Codable {
    public var type: DirectiveType
    /// The number as written, normalised without spaces: "98-KH/BDVTU". Nil when the citation
    /// gives none ("Luật Thực hiện dân chủ ở cơ sở năm 2022").
    public var number: String?
    public var date: CalendarDate?
    /// Who issued it: "Ban Dân vận Tỉnh ủy".
    public var issuer: String?
    /// What it is about, as the citation says it.
    public var subject: String?

    public init(type: DirectiveType, number: String? = nil, date: CalendarDate? = nil,
                issuer: String? = nil, subject: String? = nil) {
        self.type = type
        self.number = number
        self.date = date
        self.issuer = issuer
        self.subject = subject
    }
}
