/// Where a report goes.
public enum RouteTarget: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A unit of the workspace or an external body, by id: `ldld-tinh`, `ubnd-tinh`.
    case organisation(UnitID)
    /// The reporting unit's direct superior on the period's date ("Công đoàn cấp trên trực tiếp
    /// cơ sở"), resolved from the hierarchy. Written `direct-superior`.
    case directSuperior

    /// The word used in files for ``directSuperior``.
    public static let directSuperiorKeyword = "direct-superior"

    public var description: String {
        switch self {
        case .organisation(let id): id
        case .directSuperior: Self.directSuperiorKeyword
        }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = text == Self.directSuperiorKeyword ? .directSuperior : .organisation(text)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
