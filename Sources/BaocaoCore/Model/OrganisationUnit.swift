/// A unit of the organisation hierarchy: a provincial federation, a district federation, a sector
/// union, a grassroots union, a Party committee or a mass organisation under it.
///
/// Units change over time. A unit may start (`validFrom`) and end (`validUntil`, the first day it
/// no longer exists); an ended unit may be merged into another (`mergedInto`), and its children
/// then belong to that unit. Cao Bằng's huyện Thông Nông ends on 2020-02-01 and is merged into
/// huyện Hà Quảng.
public struct OrganisationUnit: Sendable, Hashable, Codable {
    public var id: UnitID
    /// The Vietnamese name: "LĐLĐ huyện Gia Viễn".
    public var name: String
    /// A shorter name for tables, when the unit has one.
    public var shortName: String?
    public var level: LevelID
    public var kind: KindID?
    /// The unit directly above, as declared; see ``OrganisationTree/parent(of:at:)`` for the parent
    /// on a given date.
    public var parent: UnitID?
    public var departments: [Department]
    /// The first day the unit exists, when it did not always exist.
    public var validFrom: CalendarDate?
    /// The first day the unit no longer exists, when it has ended.
    public var validUntil: CalendarDate?
    /// The unit that took over this one when it ended.
    public var mergedInto: UnitID?
    /// True for invented sample data (grassroots names made up for the example workspaces).
    public var isSample: Bool

    public init(
        id: UnitID, name: String, shortName: String? = nil, level: LevelID, kind: KindID? = nil,
        parent: UnitID? = nil, departments: [Department] = [], validFrom: CalendarDate? = nil,
        validUntil: CalendarDate? = nil, mergedInto: UnitID? = nil, isSample: Bool = false
    ) {
        self.id = id
        self.name = name
        self.shortName = shortName
        self.level = level
        self.kind = kind
        self.parent = parent
        self.departments = departments
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.mergedInto = mergedInto
        self.isSample = isSample
    }

    /// Whether the unit exists on `date`.
    public func exists(on date: CalendarDate) -> Bool {
        if let validFrom, date < validFrom { return false }
        if let validUntil, date >= validUntil { return false }
        return true
    }

    /// The department with this id, if the unit has one.
    public func department(_ id: DepartmentID) -> Department? {
        departments.first { $0.id == id }
    }
}
