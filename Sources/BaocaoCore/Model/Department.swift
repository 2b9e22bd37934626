/// A department inside a unit or body that reports are routed through: "Ban Chính sách Pháp luật
/// và Quan hệ Lao động" of a provincial federation ("qua Ban CSPL&QHLĐ").
public struct Department: Sendable, Hashable, Codable {
    public var id: DepartmentID
    /// The full name.
    public var name: String
    /// The abbreviation used in archive lines and routing: "CSPL&QHLĐ", "VP".
    public var shortName: String?

    public init(id: DepartmentID, name: String, shortName: String? = nil) {
        self.id = id
        self.name = name
        self.shortName = shortName
    }
}
