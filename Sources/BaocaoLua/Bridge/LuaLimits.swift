/// What one plugin may use during one call from the host.
///
/// The limits hold per call (loading the plugin, or one hook call): the instruction count and the
/// pattern steps start from zero at each call; memory counts everything the plugin's state holds,
/// but only the plugin's own allocations can fail for it, never the host's.
public struct LuaLimits: Sendable, Hashable {
    /// Bytes the plugin's state may hold; 0 for no cap.
    public var memory: Int
    /// Lua instructions one call may run; 0 for no budget. Counted in steps of 1,000.
    public var instructions: Int
    /// Steps the pattern matcher may take in one `string.find`, `match`, `gmatch` step or `gsub`.
    public var patternSteps: Int

    public init(memory: Int, instructions: Int, patternSteps: Int) {
        self.memory = memory
        self.instructions = instructions
        self.patternSteps = patternSteps
    }

    /// 64 MiB, 20 million instructions (a few tenths of a second), 10 million pattern steps
    /// (about 70 ms of matching; ordinary patterns over a few megabytes fit).
    public static let standard = LuaLimits(memory: 64 << 20, instructions: 20_000_000, patternSteps: 10_000_000)

    /// No cap and no budget: for trusted code and for measuring the sandbox's own cost.
    public static let unlimited = LuaLimits(memory: 0, instructions: 0, patternSteps: 1 << 40)
}
