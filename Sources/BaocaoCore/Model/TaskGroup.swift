/// A section of tasks given to one set of units: "2. Liên đoàn Lao động các huyện, thành phố, các
/// công đoàn ngành" with its tasks 2.1–2.5. A group with no `assignee` addresses every unit the
/// directive reaches (Cao Bằng's "các cấp công đoàn").
public struct TaskGroup: Sendable, Hashable, Codable {
    /// The section number as printed: "III.2", "II".
    public var item: String?
    /// The section heading as printed.
    public var heading: String
    /// Who the tasks are for.
    public var assignee: UnitSelector?
    public var tasks: [DirectiveTask]

    public init(item: String? = nil, heading: String, assignee: UnitSelector? = nil, tasks: [DirectiveTask]) {
        self.item = item
        self.heading = heading
        self.assignee = assignee
        self.tasks = tasks
    }
}
