/// A body outside the workspace's hierarchy that reports go to or through: UBND tỉnh, Sở Nội vụ,
/// Tỉnh ủy, the national confederation. It receives reports but owes none here.
public struct ExternalBody: Sendable, Hashable, Codable {
    public var id: UnitID
    /// The Vietnamese name: "Ủy ban nhân dân tỉnh Tây Ninh".
    public var name: String
    /// The usual short form: "UBND tỉnh".
    public var shortName: String?
    public var departments: [Department]

    public init(id: UnitID, name: String, shortName: String? = nil, departments: [Department] = []) {
        self.id = id
        self.name = name
        self.shortName = shortName
        self.departments = departments
    }
}
