/// The counts `baocao check` prints: units per level, directives, tasks, obligations, indicators.
public struct WorkspaceSummary: Sendable, Codable {
    /// One level and how many units it has on the summary date.
    public struct LevelCount: Sendable, Codable {
        public var level: LevelID
        public var name: String
        public var units: Int
    }

    /// One directive's counts.
    public struct DirectiveCounts: Sendable, Codable {
        public var id: DirectiveID
        public var number: String?
        public var type: DirectiveType
        public var date: CalendarDate
        public var subject: String
        public var tasks: Int
        public var obligations: Int
        /// Numbered items of the target section ("six indicators").
        public var indicators: Int
        /// Targets, one item can hold two ("60% … và 90% …").
        public var targets: Int
        public var legalBases: Int
    }

    public var name: String
    public var province: String
    public var plugins: [String]
    /// Units that exist on ``date``, per level, top down.
    public var levels: [LevelCount]
    /// All units ever listed, including those that ended.
    public var totalUnits: Int
    public var sampleUnits: Int
    public var bodies: Int
    public var directives: [DirectiveCounts]
    /// The date unit counts are taken on: the latest directive's date.
    public var date: CalendarDate?

    public init(_ workspace: Workspace) {
        let tree = workspace.organisation
        name = workspace.name
        province = workspace.province
        plugins = workspace.plugins
        date = workspace.directives.map(\.date).max()
        let current = date.map { tree.units(at: $0) } ?? tree.units
        levels = tree.levels.map { level in
            LevelCount(level: level.id, name: level.name, units: current.filter { $0.level == level.id }.count)
        }
        totalUnits = tree.units.count
        sampleUnits = tree.units.filter(\.isSample).count
        bodies = tree.bodies.count
        directives = workspace.directives.map { directive in
            DirectiveCounts(
                id: directive.id, number: directive.number, type: directive.type, date: directive.date,
                subject: directive.subject, tasks: directive.tasks.count,
                obligations: directive.obligations.count,
                indicators: Set(directive.indicators.map { $0.item ?? $0.id }).count,
                targets: directive.indicators.count, legalBases: directive.legalBases.count)
        }
    }
}
