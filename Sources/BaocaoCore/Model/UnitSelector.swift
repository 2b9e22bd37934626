/// Picks units out of the hierarchy: who a task is for, who owes a report, which population an
/// indicator counts. Every condition given must hold; an empty selector picks every unit.
///
/// - "LĐLĐ các huyện, thành phố, các công đoàn ngành": `levels: [district]`.
/// - "CĐCS các đơn vị hành chính, sự nghiệp": `levels: [grassroots], kinds: [public-agency]`.
/// - Cao Bằng's addressees, everything directly under the provincial federation: `parent: ldld-tinh`.
/// - Bến Tre's mass organisations under the bloc committee: `levels: [mass-organisation], under: duk`.
public struct UnitSelector: Sendable, Hashable, Codable {
    /// Units on one of these levels.
    public var levels: [LevelID]
    /// Units of one of these kinds.
    public var kinds: [KindID]
    /// These units by id.
    public var units: [UnitID]
    /// Units whose parent, on the date asked, is this unit.
    public var parent: UnitID?
    /// Units below this unit at any depth, on the date asked.
    public var under: UnitID?
    /// A department of the selected unit(s) that the task is given to: "Giao Ban Tuyên giáo
    /// Đảng ủy Khối tham mưu…". Does not narrow the units picked.
    public var department: DepartmentID?

    public init(levels: [LevelID] = [], kinds: [KindID] = [], units: [UnitID] = [],
                parent: UnitID? = nil, under: UnitID? = nil, department: DepartmentID? = nil) {
        self.levels = levels
        self.kinds = kinds
        self.units = units
        self.parent = parent
        self.under = under
        self.department = department
    }

    /// True when the selector names no condition (every unit).
    public var isEverything: Bool {
        levels.isEmpty && kinds.isEmpty && units.isEmpty && parent == nil && under == nil
    }

    /// Whether `unit` is picked on `date` in `tree`. Units that do not exist on `date` never are.
    public func matches(_ unit: OrganisationUnit, at date: CalendarDate, in tree: OrganisationTree) -> Bool {
        guard unit.exists(on: date) else { return false }
        if !levels.isEmpty, !levels.contains(unit.level) { return false }
        if !kinds.isEmpty, !kinds.contains(where: { $0 == unit.kind }) { return false }
        if !units.isEmpty, !units.contains(unit.id) { return false }
        if let parent, tree.parentID(of: unit.id, at: date) != parent { return false }
        if let under, !tree.ancestors(of: unit.id, at: date).contains(where: { $0.id == under }) { return false }
        return true
    }

    /// ``matches(_:at:in:)`` for the unit at `index` in the tree's units, read in place: a national
    /// schedule asks this for every unit and period.
    func matches(unitAt index: Int, at date: CalendarDate, in tree: OrganisationTree) -> Bool {
        guard tree.units[index].exists(on: date) else { return false }
        if !levels.isEmpty, !levels.contains(tree.units[index].level) { return false }
        if !kinds.isEmpty, !kinds.contains(where: { $0 == tree.units[index].kind }) { return false }
        return units.isEmpty && parent == nil && under == nil ? true : matches(tree.units[index], at: date, in: tree)
    }

    /// The units picked on `date`, in file order.
    public func select(at date: CalendarDate, in tree: OrganisationTree) -> [OrganisationUnit] {
        tree.units.filter { matches($0, at: date, in: tree) }
    }
}
