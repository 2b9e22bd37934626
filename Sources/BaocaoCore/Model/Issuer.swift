/// The body that issues a directive, as the document names it.
public struct Issuer: Sendable, Hashable, Codable {
    /// The issuing body as written in the document: "Ban Thường vụ Liên đoàn Lao động tỉnh",
    /// "Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh".
    public var name: String
    /// The body above it, shown above the issuer in the header: "Đảng bộ tỉnh Bến Tre".
    public var superior: String?
    /// The workspace unit that issues it, when it is one.
    public var unit: UnitID?
    public var kind: IssuerKind

    public init(name: String, superior: String? = nil, unit: UnitID? = nil, kind: IssuerKind) {
        self.name = name
        self.superior = superior
        self.unit = unit
        self.kind = kind
    }
}
