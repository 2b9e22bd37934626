/// A section of tasks ("III.2 Liên đoàn Lao động các huyện, thành phố, các công đoàn ngành"),
/// the level its heading names, and its tasks.
public struct DraftTaskGroup: Sendable, Hashable {
    /// "III.2", "II".
    public var item: String?
    public var heading: String
    /// The level the heading names; nil for a section addressed to every level.
    public var role: LevelRole?
    public var line: Int
    public var tasks: [DraftTask]

    public init(item: String?, heading: String, role: LevelRole?, line: Int, tasks: [DraftTask] = []) {
        self.item = item
        self.heading = heading
        self.role = role
        self.line = line
        self.tasks = tasks
    }
}

/// One task of a section: its number, text, bullets and line.
public struct DraftTask: Sendable, Hashable {
    public var item: String?
    public var text: String
    public var details: [String]
    public var line: Int

    public init(item: String?, text: String, details: [String] = [], line: Int) {
        self.item = item
        self.text = text
        self.details = details
        self.line = line
    }
}
