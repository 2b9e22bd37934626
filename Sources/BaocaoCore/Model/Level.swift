/// A tier of the organisation: the provincial federation, the district level and its peers, the
/// grassroots unions. A workspace lists its levels from the top down; a unit's parent sits on a
/// higher level than the unit itself.
public struct Level: Sendable, Hashable, Codable {
    /// Short id used in files, such as `district`.
    public var id: LevelID
    /// The Vietnamese name, such as "LĐLĐ huyện, thị xã, thành phố và công đoàn ngành".
    public var name: String

    public init(id: LevelID, name: String) {
        self.id = id
        self.name = name
    }
}
