/// A province's workspace: its organisation, its directives and the plugin chain that shapes them.
/// Loaded from a folder by ``WorkspaceLoader``.
public struct Workspace: Sendable, Codable {
    /// A name for people: "LĐLĐ tỉnh Tây Ninh".
    public var name: String
    /// The province: "Tây Ninh".
    public var province: String
    /// Plugin names, run in order: national defaults first, then the province, then a district.
    public var plugins: [String]
    /// Folders the plugins are looked for in, relative to the workspace folder (default: `plugins`).
    public var pluginPaths: [String]
    /// What each plugin may use: CPU time per call and per command, memory.
    public var pluginLimits: PluginLimitSettings
    /// How many days before each deadline a calendar exported from the schedule reminds the
    /// official (`reminderDays:` in workspace.yaml; default 3; 0 for no reminder).
    public var reminderDays: Int
    public var organisation: OrganisationTree
    /// In file-name order.
    public var directives: [Directive]

    public init(name: String, province: String, plugins: [String], pluginPaths: [String] = ["plugins"],
                pluginLimits: PluginLimitSettings = PluginLimitSettings(), reminderDays: Int = 3,
                organisation: OrganisationTree, directives: [Directive]) {
        self.pluginLimits = pluginLimits
        self.reminderDays = reminderDays
        self.name = name
        self.province = province
        self.plugins = plugins
        self.pluginPaths = pluginPaths
        self.organisation = organisation
        self.directives = directives
    }

    /// The days a reminder may come before a deadline: up to two months.
    public static let reminderRange = 0...60

    /// The directive whose id or number is `key`: `439-kh-ldld` or `439/KH-LĐLĐ`.
    public func directive(_ key: String) -> Directive? {
        directives.first { $0.id == key } ?? directives.first { $0.number == key }
    }
}
