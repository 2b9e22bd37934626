import BaocaoCore

/// What one plugin may use during one call from the host, and during one command.
///
/// The limits hold per call (loading the plugin, or one hook call): the instruction count, the
/// pattern steps and the CPU time start from zero at each call; memory counts everything the
/// plugin's state holds, but only the plugin's own allocations can fail for it, never the host's.
/// ``totalTime`` holds across the calls of one command (see ``LuaState/resetTotalTime()``), so a
/// hook that is slow for every unit cannot hold a command for hours. What a hook hands back is held
/// to ``answerBytes``, ``answerDepth`` and no cycles.
public struct LuaLimits: Sendable, Hashable {
    /// Bytes the plugin's state may hold; 0 for no cap.
    public var memory: Int
    /// Lua instructions one call may run; 0 for no budget. Counted in steps of 1,000.
    public var instructions: Int
    /// Steps the pattern matcher may take in one `string.find`, `match`, `gmatch` step or `gsub`.
    public var patternSteps: Int
    /// CPU seconds one call may use; 0 for no limit. Checked from the count hook, from the C
    /// functions a plugin can call in a loop and from the allocator.
    public var callTime: Double
    /// CPU seconds all the calls of one plugin may use together until ``LuaState/resetTotalTime()``
    /// (the host resets it at the start of each command); 0 for no limit.
    public var totalTime: Double
    /// How deep the tables a hook returns may nest.
    public var answerDepth: Int

    public init(memory: Int, instructions: Int, patternSteps: Int, callTime: Double = 1, totalTime: Double = 20,
                answerDepth: Int = 32) {
        self.memory = memory
        self.instructions = instructions
        self.patternSteps = patternSteps
        self.callTime = callTime
        self.totalTime = totalTime
        self.answerDepth = answerDepth
    }

    /// The standard limits with a workspace's `pluginLimits:` (CPU time per call and per
    /// command, memory) in place of the defaults.
    public init(_ settings: PluginLimitSettings) {
        self = .standard
        callTime = settings.callSeconds
        totalTime = settings.totalSeconds
        memory = settings.memoryMiB << 20
    }

    /// What the values a hook hands back may take in Swift, counted as their Lua size: the
    /// memory cap (a plugin cannot make the host hold more than it may hold itself), or 256 MiB
    /// without one.
    public var answerBytes: Int { memory > 0 ? memory : 256 << 20 }

    /// 64 MiB, 20 million instructions (a few tenths of a second), 10 million pattern steps
    /// (about 70 ms of matching; ordinary patterns over a few megabytes fit), 1 s of CPU time a
    /// call and 20 s a command.
    public static let standard = LuaLimits(memory: 64 << 20, instructions: 20_000_000, patternSteps: 10_000_000)

    /// No cap and no budget: for trusted code and for measuring the sandbox's own cost.
    public static let unlimited = LuaLimits(memory: 0, instructions: 0, patternSteps: 1 << 40, callTime: 0, totalTime: 0,
                                            answerDepth: 256)
}
