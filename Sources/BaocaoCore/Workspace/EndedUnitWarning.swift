/// A unit that ends (`validUntil`) without `mergedInto` while something still points at it:
/// units below it that outlive it, or reporting obligations that send it reports. After it ends,
/// their reports have no receiver; `baocao check` warns about each such unit.
public struct EndedUnitWarning: Sendable, Hashable, Codable, CustomStringConvertible {
    public var unit: UnitID
    public var validUntil: CalendarDate
    /// The units below it that still exist on `validUntil`.
    public var children: [UnitID]
    /// The obligations (`directive/obligation`) that name it as their receiver.
    public var obligations: [String]

    /// Every such unit of `workspace`, in file order.
    public static func find(in workspace: Workspace) -> [EndedUnitWarning] {
        let tree = workspace.organisation
        return tree.units.compactMap { unit -> EndedUnitWarning? in
            guard let until = unit.validUntil, unit.mergedInto == nil else { return nil }
            let children = tree.units.filter { $0.parent == unit.id && $0.exists(on: until) }.map(\.id)
            var obligations: [String] = []
            for directive in workspace.directives where directive.effectiveUntil.map({ $0 >= until }) ?? true {
                for obligation in directive.obligations
                where obligation.routes.contains(where: { if case .organisation(unit.id) = $0.to { true } else { false } }) {
                    obligations.append("\(directive.id)/\(obligation.id)")
                }
            }
            guard !children.isEmpty || !obligations.isEmpty else { return nil }
            return EndedUnitWarning(unit: unit.id, validUntil: until, children: children, obligations: obligations)
        }
    }

    public var description: String {
        var pointing: [String] = []
        if !children.isEmpty { pointing.append("units below it still exist (\(children.prefix(5).joined(separator: ", "))\(children.count > 5 ? ", …" : ""))") }
        if !obligations.isEmpty { pointing.append("reports still go to it (\(obligations.joined(separator: ", ")))") }
        return "unit '\(unit)' ends on \(validUntil) without mergedInto, but \(pointing.joined(separator: " and ")); from then on these reports have no receiver. Give it mergedInto (the unit that takes over), or move the units and routes"
    }
}
