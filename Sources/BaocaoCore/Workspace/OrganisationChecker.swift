/// Checks the units of all files together, once every file is read: ids are unique, parents and
/// merge targets exist, parents sit on a higher level, kinds fit their level, dates are in order,
/// and no unit is its own ancestor.
struct OrganisationChecker {
    let levels: [Level]
    let kinds: [UnitKind]
    let records: [UnitRecord]
    let bodies: [(ExternalBody, SourceLocation)]
    let log: DiagnosticLog

    /// The records that survive (the first of any duplicated id) and the tree built from them.
    func check() -> OrganisationTree {
        var firstUse: [UnitID: SourceLocation] = [:]
        var kept: [UnitRecord] = []
        for record in records {
            if let first = firstUse[record.unit.id] {
                log.add(record.location, "unit id '\(record.unit.id)' is already used at \(first); every unit needs its own id")
                continue
            }
            firstUse[record.unit.id] = record.location
            kept.append(record)
        }
        var keptBodies: [ExternalBody] = []
        for (body, location) in bodies {
            if let first = firstUse[body.id] {
                log.add(location, "id '\(body.id)' is already used at \(first); units and bodies share one set of ids")
                continue
            }
            firstUse[body.id] = location
            keptBodies.append(body)
        }
        let tree = OrganisationTree(levels: levels, kinds: kinds, units: kept.map(\.unit), bodies: keptBodies)
        for index in kept.indices { check(kept[index], in: tree) }
        checkCycles(kept, in: tree)
        return tree
    }

    private func check(_ record: UnitRecord, in tree: OrganisationTree) {
        let unit = record.unit
        if let parentID = unit.parent {
            let location = record.parentLocation ?? record.location
            // The parent read in place, by position: a national tree has a hundred thousand units,
            // each a large value to copy.
            if let parent = tree.index(of: parentID) {
                if let unitRank = tree.rank(ofLevel: unit.level), let parentRank = tree.rank(ofLevel: tree.units[parent].level),
                   parentRank >= unitRank {
                    log.add(location, "unit '\(unit.id)' is on level '\(unit.level)' but its parent '\(parentID)' is on level '\(tree.units[parent].level)'; a parent must sit on a higher level (levels run from the top down in workspace.yaml)")
                }
            } else if tree.body(parentID) != nil {
                log.add(location, "unit '\(unit.id)' has parent '\(parentID)', which is an external body; a parent must be a unit of the hierarchy")
            } else if !log.isUnreadable("unit:\(parentID)") {
                log.add(location, "unit '\(unit.id)' has parent '\(parentID)', but no unit has that id\(suggestion(for: parentID, except: unit.id, in: tree))")
            }
        }
        if let target = unit.mergedInto {
            let location = record.mergedIntoLocation ?? record.location
            if tree.index(of: target) == nil {
                if !log.isUnreadable("unit:\(target)") {
                    log.add(location, "unit '\(unit.id)' is merged into '\(target)', but no unit has that id\(suggestion(for: target, except: unit.id, in: tree))")
                }
            } else if target == unit.id {
                log.add(location, "unit '\(unit.id)' cannot be merged into itself")
            }
            if unit.validUntil == nil {
                log.add(location, "unit '\(unit.id)' is merged into '\(target)' but has no validUntil; give the first day it no longer exists")
            }
        }
        if let from = unit.validFrom, let until = unit.validUntil, until <= from {
            log.add(record.location, "unit '\(unit.id)' ends (validUntil \(until)) on or before it starts (validFrom \(from))")
        }
        if let kindID = unit.kind, let kind = tree.kind(kindID), let kindLevel = kind.level, kindLevel != unit.level {
            log.add(record.location, "unit '\(unit.id)' is of kind '\(kindID)', which belongs to level '\(kindLevel)', but the unit is on level '\(unit.level)'")
        }
    }

    private func checkCycles(_ records: [UnitRecord], in tree: OrganisationTree) {
        var reported = Set<UnitID>()
        for record in records {
            var seen: [UnitID] = [record.unit.id]
            var current = record.unit.parent
            while let id = current, let index = tree.index(of: id) {
                if id == record.unit.id {
                    if reported.insert(id).inserted, seen.allSatisfy({ !reported.contains($0) || $0 == id }) {
                        log.add(record.parentLocation ?? record.location,
                                "units \(seen.map { "'\($0)'" }.joined(separator: " → ")) → '\(id)' form a loop; a unit cannot be its own ancestor")
                        reported.formUnion(seen)
                    }
                    break
                }
                if seen.contains(id) { break }
                seen.append(id)
                current = tree.units[index].parent
            }
        }
    }

    private func suggestion(for id: UnitID, except own: UnitID, in tree: OrganisationTree) -> String {
        YAMLFile.closest(to: id, in: tree.units.map(\.id).filter { $0 != own }).map { "; did you mean '\($0)'?" } ?? ""
    }
}
