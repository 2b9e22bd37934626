/// What a workspace lets each of its plugins use (`pluginLimits:` in `workspace.yaml`): CPU
/// seconds per hook call and per command, and memory. The host turns them into the sandbox's
/// limits; every value has a default, so most workspaces say nothing.
///
/// ```yaml
/// pluginLimits:
///   callSeconds: 1      # one hook call
///   totalSeconds: 20    # all of one plugin's hook calls in one command
///   memoryMiB: 64       # what one plugin's Lua state may hold
/// ```
public struct PluginLimitSettings: Sendable, Hashable, Codable {
    /// CPU seconds one hook call may use.
    public var callSeconds: Double
    /// CPU seconds all the hook calls of one plugin may use in one command.
    public var totalSeconds: Double
    /// MiB one plugin's Lua state may hold.
    public var memoryMiB: Int

    public static let keys = ["callSeconds", "totalSeconds", "memoryMiB"]
    /// The ranges a workspace may set: enough for any real rule, short of switching a limit off.
    public static let callRange = 0.01...60.0
    public static let totalRange = 0.1...3600.0
    public static let memoryRange = 4...4096

    public init(callSeconds: Double = 1, totalSeconds: Double = 20, memoryMiB: Int = 64) {
        self.callSeconds = callSeconds
        self.totalSeconds = totalSeconds
        self.memoryMiB = memoryMiB
    }
}
