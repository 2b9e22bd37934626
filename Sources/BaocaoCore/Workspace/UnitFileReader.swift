import Yams

/// Reads a YAML unit file: `units:` (the hierarchy) and `bodies:` (external bodies that receive
/// reports, such as UBND tỉnh and Sở Nội vụ).
struct UnitFileReader {
    static let unitKeys = ["id", "name", "shortName", "level", "kind", "parent", "departments",
                           "validFrom", "validUntil", "mergedInto", "sample"]
    static let bodyKeys = ["id", "name", "shortName", "departments"]
    static let departmentKeys = ["id", "name", "shortName"]

    let file: YAMLFile
    let levels: Set<LevelID>
    let kinds: Set<KindID>

    func read() -> (units: [UnitRecord], bodies: [(ExternalBody, SourceLocation)]) {
        guard let root = file.root else { return ([], []) }
        guard let top = file.attempt({ () throws(Diagnostic) in
            try file.mapping(root, what: "unit file", keys: ["units", "bodies"])
        }) else { return ([], []) }
        let units = top.optional("units") { node throws(Diagnostic) in
            try file.mappings(node, what: "unit", keys: Self.unitKeys, readUnit)
        } ?? []
        let bodies = top.optional("bodies") { node throws(Diagnostic) in
            try file.mappings(node, what: "body", keys: Self.bodyKeys, readBody)
        } ?? []
        return (units, bodies)
    }

    private func readUnit(_ entry: YAMLMapping) -> UnitRecord? {
        let id = entry.required("id", file.identifier)
        let name = entry.required("name", file.text)
        let shortName = entry.optional("shortName", file.text)
        let level = entry.required("level", hint: "one of the levels in workspace.yaml (\(levels.sorted().joined(separator: ", ")))") {
            node throws(Diagnostic) in
            try WorkspaceManifest.reference(node, in: file, to: levels, what: "level", listed: "levels in workspace.yaml")
        }
        let kind = entry.optional("kind") { node throws(Diagnostic) in
            try WorkspaceManifest.reference(node, in: file, to: kinds, what: "kind", listed: "kinds in workspace.yaml")
        }
        let parent = entry.optional("parent", file.identifier)
        let departments = entry.optional("departments", readDepartments) ?? []
        let validFrom = entry.optional("validFrom", file.date)
        let validUntil = entry.optional("validUntil", file.date)
        let mergedInto = entry.optional("mergedInto", file.identifier)
        let sample = entry.optional("sample", file.boolean) ?? false
        guard let id, let name, let level else {
            if let id { file.log.markUnreadable("unit:\(id)") }
            return nil
        }
        let unit = OrganisationUnit(
            id: id, name: name, shortName: shortName, level: level, kind: kind, parent: parent,
            departments: departments, validFrom: validFrom, validUntil: validUntil,
            mergedInto: mergedInto, isSample: sample)
        return UnitRecord(unit: unit, location: entry.location("id"),
                          parentLocation: parent.map { _ in entry.location("parent") },
                          mergedIntoLocation: mergedInto.map { _ in entry.location("mergedInto") })
    }

    private func readBody(_ entry: YAMLMapping) -> (ExternalBody, SourceLocation)? {
        let id = entry.required("id", file.identifier)
        let name = entry.required("name", file.text)
        let shortName = entry.optional("shortName", file.text)
        let departments = entry.optional("departments", readDepartments) ?? []
        guard let id, let name else { return nil }
        return (ExternalBody(id: id, name: name, shortName: shortName, departments: departments), entry.location("id"))
    }

    private func readDepartments(_ node: Node) throws(Diagnostic) -> [Department] {
        let departments = try file.mappings(node, what: "department", keys: Self.departmentKeys) { entry -> Department? in
            let id = entry.required("id", file.identifier)
            let name = entry.required("name", file.text)
            let shortName = entry.optional("shortName", file.text)
            guard let id, let name else { return nil }
            return Department(id: id, name: name, shortName: shortName)
        }
        var seen = Set<DepartmentID>()
        for department in departments where !seen.insert(department.id).inserted {
            file.log.add(file.location(node), "department id '\(department.id)' is used twice in this unit")
        }
        return departments
    }
}
