/// The organisation of a workspace: its levels, kinds, units and external bodies, with look-ups
/// that answer for a given date.
///
/// The hierarchy changes over time. A unit's parent on a date is its declared parent, or, when
/// that parent has ended and was merged into another unit, the unit it was merged into (followed
/// as far as it goes). So Cao Bằng's grassroots unions of huyện Thông Nông belong to huyện Hà
/// Quảng from 2020-02-01 without being written twice.
public struct OrganisationTree: Sendable, Codable {
    /// Levels from the top down.
    public private(set) var levels: [Level]
    public private(set) var kinds: [UnitKind]
    /// Units in the order the files list them.
    public private(set) var units: [OrganisationUnit]
    public private(set) var bodies: [ExternalBody]

    private var unitIndex: [UnitID: Int]
    /// The position in ``units`` of each unit's declared parent.
    private var declaredParentIndex: [Int?]
    /// Each unit's level from the top, by position in ``units`` (the number of levels for an unknown level).
    private var unitRanks: [Int]
    private var bodyIndex: [UnitID: Int]
    private var declaredChildren: [UnitID: [UnitID]]
    private var mergedFrom: [UnitID: [UnitID]]

    private enum CodingKeys: String, CodingKey { case levels, kinds, units, bodies }

    public init(levels: [Level], kinds: [UnitKind], units: [OrganisationUnit], bodies: [ExternalBody]) {
        self.levels = levels
        self.kinds = kinds
        self.units = units
        self.bodies = bodies
        unitIndex = Dictionary(units.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let unitIndex = self.unitIndex
        declaredParentIndex = units.map { $0.parent.flatMap { unitIndex[$0] } }
        let rankOfLevel = Dictionary(levels.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        unitRanks = units.map { rankOfLevel[$0.level] ?? levels.count }
        bodyIndex = Dictionary(bodies.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        declaredChildren = Dictionary(grouping: units.filter { $0.parent != nil }, by: { $0.parent! })
            .mapValues { $0.map(\.id) }
        mergedFrom = Dictionary(grouping: units.filter { $0.mergedInto != nil }, by: { $0.mergedInto! })
            .mapValues { $0.map(\.id) }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            levels: try container.decode([Level].self, forKey: .levels),
            kinds: try container.decode([UnitKind].self, forKey: .kinds),
            units: try container.decode([OrganisationUnit].self, forKey: .units),
            bodies: try container.decode([ExternalBody].self, forKey: .bodies))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(levels, forKey: .levels)
        try container.encode(kinds, forKey: .kinds)
        try container.encode(units, forKey: .units)
        try container.encode(bodies, forKey: .bodies)
    }

    /// The unit with this id.
    public func unit(_ id: UnitID) -> OrganisationUnit? { unitIndex[id].map { units[$0] } }

    /// The level of the unit with this id: `unit(id)?.level` without copying the unit.
    public func levelID(ofUnit id: UnitID) -> LevelID? { unitIndex[id].map { units[$0].level } }

    /// The units below `id` at any depth on `date`, nearest levels first.
    public func descendants(of id: UnitID, at date: CalendarDate) -> [OrganisationUnit] {
        var result: [OrganisationUnit] = []
        var pending = [id]
        var seen: Set<UnitID> = [id]
        while let next = pending.popLast() {
            for child in children(of: next, at: date) where seen.insert(child.id).inserted {
                result.append(child)
                pending.append(child.id)
            }
        }
        return result
    }

    /// The level from the top of the unit at `index` in ``units`` (0 for the highest; the number
    /// of levels when its level is unknown).
    public func rank(ofUnitAt index: Int) -> Int { unitRanks[index] }

    /// The position of the unit with this id in ``units``.
    public func index(of id: UnitID) -> Int? { unitIndex[id] }

    /// The external body with this id.
    public func body(_ id: UnitID) -> ExternalBody? { bodyIndex[id].map { bodies[$0] } }

    /// The level with this id.
    public func level(_ id: LevelID) -> Level? { levels.first { $0.id == id } }

    /// The kind with this id.
    public func kind(_ id: KindID) -> UnitKind? { kinds.first { $0.id == id } }

    /// The position of a level from the top (0 for the highest), or nil for an unknown level.
    public func rank(ofLevel id: LevelID) -> Int? { levels.firstIndex { $0.id == id } }

    /// The unit directly above `id` on `date`, following merges of ended parents.
    public func parent(of id: UnitID, at date: CalendarDate) -> OrganisationUnit? {
        unitIndex[id].flatMap { parentIndex(ofUnitAt: $0, at: date) }.map { units[$0] }
    }

    /// The id of the unit directly above `id` on `date`: ``parent(of:at:)`` without copying the unit.
    public func parentID(of id: UnitID, at date: CalendarDate) -> UnitID? {
        unitIndex[id].flatMap { parentIndex(ofUnitAt: $0, at: date) }.map { units[$0].id }
    }

    /// The position in ``units`` of the parent on `date` of the unit at `index`: the declared
    /// parent, or the unit it was merged into; nil when none of them exists on `date`.
    func parentIndex(ofUnitAt index: Int, at date: CalendarDate) -> Int? {
        guard var current = declaredParentIndex[index] else { return nil }
        if units[current].exists(on: date) { return current }
        var seen: Set<Int> = [current]
        while !units[current].exists(on: date), let next = units[current].mergedInto.flatMap({ unitIndex[$0] }),
              seen.insert(next).inserted {
            current = next
        }
        // A parent that has ended and was merged into no unit existing then is no parent.
        return units[current].exists(on: date) ? current : nil
    }

    /// The units directly below `id` that exist on `date`, including those that came to it when
    /// other units were merged into it.
    public func children(of id: UnitID, at date: CalendarDate) -> [OrganisationUnit] {
        var candidates: [UnitID] = []
        var pending: [UnitID] = [id]
        var visited: Set<UnitID> = []
        while let next = pending.popLast() {
            guard visited.insert(next).inserted else { continue }
            candidates += declaredChildren[next] ?? []
            pending += mergedFrom[next] ?? []
        }
        return candidates.compactMap(unit).filter { child in
            child.exists(on: date) && parentID(of: child.id, at: date) == id
        }
    }

    /// The units above `id` on `date`, nearest first.
    public func ancestors(of id: UnitID, at date: CalendarDate) -> [OrganisationUnit] {
        var result: [OrganisationUnit] = []
        var current = id
        while let parent = parent(of: current, at: date), !result.contains(where: { $0.id == parent.id }) {
            result.append(parent)
            current = parent.id
        }
        return result
    }

    /// The units that exist on `date`, in file order.
    public func units(at date: CalendarDate) -> [OrganisationUnit] {
        units.filter { $0.exists(on: date) }
    }

    /// The department `id` of the unit or body `owner`.
    public func department(_ id: DepartmentID, of owner: UnitID) -> Department? {
        unit(owner)?.department(id) ?? body(owner)?.departments.first { $0.id == id }
    }

    /// The display name of a unit or body.
    public func name(of id: UnitID) -> String? { unit(id)?.name ?? body(id)?.name }
}
