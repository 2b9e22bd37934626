/// What went wrong while Lua ran. Messages carry Lua's own "chunk:line:" prefix and a traceback.
public enum LuaError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The chunk does not parse, or is a precompiled binary chunk (refused).
    case syntax(String)
    /// The chunk raised an error while it ran.
    case runtime(String)
    /// Lua could not allocate memory.
    case outOfMemory

    public var description: String {
        switch self {
        case .syntax(let message): "Lua syntax error: \(message)"
        case .runtime(let message): "Lua error: \(message)"
        case .outOfMemory: "Lua ran out of memory"
        }
    }
}
