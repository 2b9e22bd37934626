/// What went wrong while Lua ran. Messages carry Lua's own "chunk:line:" prefix and a traceback.
public enum LuaError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The chunk does not parse, or is a precompiled binary chunk (refused).
    case syntax(String)
    /// The chunk raised an error while it ran.
    case runtime(String)
    /// The plugin passed its memory cap (``LuaLimits/memory``); the message says where.
    case memoryLimit(String)
    /// The plugin ran past its instruction budget (``LuaLimits/instructions``): usually an
    /// endless loop. The message says where it was stopped.
    case instructionBudget(String)
    /// The plugin ran past its CPU time (``LuaLimits/callTime`` for one call, ``LuaLimits/totalTime``
    /// for a command), or the host is stopping. The message says where it was stopped.
    case timeLimit(String)
    /// What the plugin handed back cannot be used: a table that contains itself, nesting too deep,
    /// or more than an answer may take. The message names the place in the value.
    case answer(String)
    /// Lua could not allocate its state.
    case outOfMemory

    public var description: String {
        switch self {
        case .syntax(let message): "Lua syntax error: \(message)"
        case .runtime(let message): "Lua error: \(message)"
        case .memoryLimit(let message): "stopped: \(message)"
        case .instructionBudget(let message): "stopped: \(message)"
        case .timeLimit(let message): "stopped: \(message)"
        case .answer(let message): "refused: \(message)"
        case .outOfMemory: "Lua could not allocate a new state"
        }
    }

    /// The message with its location, without the traceback.
    public var message: String {
        switch self {
        case .syntax(let text), .runtime(let text), .memoryLimit(let text), .instructionBudget(let text),
             .timeLimit(let text), .answer(let text):
            String(text.prefix { $0 != "\n" })
        case .outOfMemory: "Lua could not allocate a new state"
        }
    }

    /// The traceback Lua gave, when there is one.
    public var traceback: String? {
        switch self {
        case .syntax, .answer, .outOfMemory: nil
        case .runtime(let text), .memoryLimit(let text), .instructionBudget(let text), .timeLimit(let text):
            text.range(of: "\nstack traceback:").map { String(text[$0.lowerBound...].dropFirst()) }
        }
    }
}
