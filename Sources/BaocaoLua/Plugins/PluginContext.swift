import BaocaoCore

/// What the `baocao` module answers from, shared by the plugins of one chain: the workspace's
/// organisation, the working calendar (decided by the chain's `calendar` hooks) and where log
/// lines go.
public final class PluginContext {
    public let workspace: Workspace
    /// Where `baocao.log` and `print` write.
    public var log: (PluginLogEntry) -> Void
    /// The working calendar of a year; set by the chain once its plugins are loaded.
    var calendar: ((Int) throws(LuaFunctionError) -> WorkingCalendar)?

    public init(workspace: Workspace, log: @escaping (PluginLogEntry) -> Void = PluginLogEntry.printToStandardError) {
        self.workspace = workspace
        self.log = log
    }

    /// Lines one plugin may log in one command; after them one line says how many were left out.
    public static let linesPerCommand = 500

    private var lines: [String: Int] = [:]

    /// Writes a plugin's log line, cut to ``LuaText/messageLimit`` bytes; past
    /// ``linesPerCommand`` lines of that plugin, only counts it.
    func write(_ entry: PluginLogEntry) {
        let count = lines[entry.plugin, default: 0] + 1
        lines[entry.plugin] = count
        if count <= Self.linesPerCommand {
            var entry = entry
            entry.message = LuaText.cut(entry.message)
            log(entry)
        } else if count == Self.linesPerCommand + 1 {
            log(PluginLogEntry(plugin: entry.plugin, level: .warn,
                               message: "more than \(Self.linesPerCommand) lines in one command; the rest are left out"))
        }
    }

    /// Starts a command: each plugin may log ``linesPerCommand`` lines again.
    func startCommand() { lines = [:] }

    func workingCalendar(_ year: Int) throws(LuaFunctionError) -> WorkingCalendar {
        guard let calendar else { return WorkingCalendar() }
        return try calendar(year)
    }
}
