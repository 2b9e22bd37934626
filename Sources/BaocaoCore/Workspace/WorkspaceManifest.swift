import Yams

/// What `workspace.yaml` holds: the workspace's name and province, its plugin chain, the levels
/// and kinds of its organisation, and the files that list its units.
struct WorkspaceManifest {
    static let keys = ["name", "province", "plugins", "pluginPaths", "pluginLimits", "reminderDays", "levels", "kinds", "units"]

    var name: String
    var province: String
    var plugins: [String]
    /// Folders plugins are looked for in, relative to the workspace folder.
    var pluginPaths: [String]
    var pluginLimits: PluginLimitSettings
    /// Days before a deadline a calendar reminds (0: no reminder).
    var reminderDays: Int
    var levels: [Level]
    var kinds: [UnitKind]
    /// Unit files relative to the workspace folder, with the node naming each.
    var unitFiles: [(path: String, node: Node)]

    /// Reads the manifest, recording problems; returns nil when it cannot be used at all.
    static func read(_ file: YAMLFile) -> WorkspaceManifest? {
        guard let root = file.root else {
            if file.log.isEmpty {
                file.log.add(file.location(nil), "workspace.yaml is empty; expected the keys \(keys.joined(separator: ", "))")
            }
            return nil
        }
        guard let top = file.attempt({ () throws(Diagnostic) in try file.mapping(root, what: "workspace.yaml", keys: keys) })
        else { return nil }
        let name = top.required("name", hint: "a name for people, such as 'LĐLĐ tỉnh Tây Ninh'", file.text)
        let province = top.required("province", hint: "the province, such as 'Tây Ninh'", file.text)
        let plugins = top.optional("plugins") { node throws(Diagnostic) in try file.list(node, file.identifier) } ?? []
        let pluginPaths = top.optional("pluginPaths") { node throws(Diagnostic) in try file.list(node, file.text) } ?? ["plugins"]
        let pluginLimits = top.optional("pluginLimits") { node throws(Diagnostic) in try Self.limits(node, in: file) }
            ?? PluginLimitSettings()
        let reminderDays = top.optional("reminderDays") { node throws(Diagnostic) -> Int in
            let text = try file.text(node)
            guard let days = Int(text), Workspace.reminderRange.contains(days) else {
                throw file.error(node, "reminderDays '\(text)' is not a whole number of days from \(Workspace.reminderRange.lowerBound) to \(Workspace.reminderRange.upperBound) (0: calendars give no reminder)")
            }
            return days
        } ?? 3
        var seenPlugins = Set<String>()
        for plugin in plugins where !seenPlugins.insert(plugin).inserted {
            top.report("plugins", "plugin '\(plugin)' is listed twice; each plugin runs once in the chain")
        }
        let levels = top.required("levels", hint: "the levels of the organisation from the top down, each with an id and a name") {
            node throws(Diagnostic) -> [Level] in
            try file.mappings(node, what: "level", keys: ["id", "name"]) { entry -> Level? in
                let id = entry.required("id", file.identifier)
                let name = entry.required("name", file.text)
                guard let id, let name else { return nil }
                return Level(id: id, name: name)
            }
        } ?? []
        checkUnique(levels.map(\.id), what: "level", top: top, key: "levels")
        let levelIDs = Set(levels.map(\.id))
        let kinds = top.optional("kinds") { node throws(Diagnostic) -> [UnitKind] in
            try file.mappings(node, what: "kind", keys: ["id", "name", "level"]) { entry -> UnitKind? in
                let id = entry.required("id", file.identifier)
                let name = entry.required("name", file.text)
                let level = entry.optional("level") { node throws(Diagnostic) in
                    try Self.reference(node, in: file, to: levelIDs, what: "level", listed: "levels in workspace.yaml")
                }
                guard let id, let name else { return nil }
                return UnitKind(id: id, name: name, level: level)
            }
        } ?? []
        checkUnique(kinds.map(\.id), what: "kind", top: top, key: "kinds")
        let unitFiles = top.required("units", hint: "the files listing the units, such as [units.yaml, grassroots.csv]") {
            node throws(Diagnostic) -> [(path: String, node: Node)] in
            try file.list(node) { item throws(Diagnostic) -> (path: String, node: Node) in
                let path = try file.text(item)
                guard path.hasSuffix(".yaml") || path.hasSuffix(".yml") || path.hasSuffix(".csv") else {
                    throw file.error(item, "unit file '\(path)' must end in .yaml or .csv")
                }
                return (path: path, node: item)
            }
        } ?? []
        guard let name, let province else { return nil }
        return WorkspaceManifest(name: name, province: province, plugins: plugins, pluginPaths: pluginPaths, pluginLimits: pluginLimits,
                                 reminderDays: reminderDays, levels: levels,
                                 kinds: kinds, unitFiles: unitFiles)
    }

    /// `pluginLimits:`: each value a number within its range.
    private static func limits(_ node: Node, in file: YAMLFile) throws(Diagnostic) -> PluginLimitSettings {
        let entry = try file.mapping(node, what: "pluginLimits", keys: PluginLimitSettings.keys)
        var limits = PluginLimitSettings()
        func seconds(_ key: String, _ range: ClosedRange<Double>) -> Double? {
            entry.optional(key) { node throws(Diagnostic) -> Double in
                let text = try file.text(node)
                guard let value = Double(text), value.isFinite, range.contains(value) else {
                    throw file.error(node, "\(key) '\(text)' is not a number of seconds from \(Self.plain(range.lowerBound)) to \(Self.plain(range.upperBound))")
                }
                return value
            }
        }
        if let value = seconds("callSeconds", PluginLimitSettings.callRange) { limits.callSeconds = value }
        if let value = seconds("totalSeconds", PluginLimitSettings.totalRange) { limits.totalSeconds = value }
        if let value = entry.optional("memoryMiB", { node throws(Diagnostic) -> Int in
            let text = try file.text(node)
            guard let value = Int(text), PluginLimitSettings.memoryRange.contains(value) else {
                throw file.error(node, "memoryMiB '\(text)' is not a whole number from \(PluginLimitSettings.memoryRange.lowerBound) to \(PluginLimitSettings.memoryRange.upperBound)")
            }
            return value
        }) { limits.memoryMiB = value }
        if limits.totalSeconds < limits.callSeconds {
            entry.report("totalSeconds", "totalSeconds (\(Self.plain(limits.totalSeconds))) is less than callSeconds (\(Self.plain(limits.callSeconds))); a command must allow at least one whole call")
        }
        return limits
    }

    /// 1 for 1.0, 0.5 for 0.5: seconds as a person writes them in the file.
    private static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    private static func checkUnique(_ ids: [String], what: String, top: YAMLMapping, key: String) {
        var seen = Set<String>()
        for id in ids where !seen.insert(id).inserted {
            top.report(key, "\(what) id '\(id)' is used twice; ids must be unique")
        }
    }

    /// Reads an id that must be one of `known`, naming them when it is not.
    static func reference(_ node: Node, in file: YAMLFile, to known: Set<String>, what: String,
                          listed: String) throws(Diagnostic) -> String {
        let id = try file.text(node)
        guard known.contains(id) else {
            let hint = YAMLFile.closest(to: id, in: Array(known)).map { "did you mean '\($0)'? " } ?? ""
            throw file.error(node, "unknown \(what) '\(id)'; \(hint)the \(listed) are: \(known.sorted().joined(separator: ", "))")
        }
        return id
    }
}
