/// What sort of organisation a unit is: a district federation or a sector union (both on the
/// district level), a grassroots union of a public agency or of an enterprise. Indicators count
/// populations by kind (Tây Ninh: "60% công đoàn cơ sở các doanh nghiệp").
public struct UnitKind: Sendable, Hashable, Codable {
    public var id: KindID
    /// The Vietnamese name, such as "Công đoàn cơ sở doanh nghiệp".
    public var name: String
    /// The level units of this kind belong to, when the kind is tied to one.
    public var level: LevelID?

    public init(id: KindID, name: String, level: LevelID? = nil) {
        self.id = id
        self.name = name
        self.level = level
    }
}
