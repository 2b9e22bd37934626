import CLuaShim

/// A Lua value copied out of a state into Swift.
public enum LuaValue: Sendable, Equatable, CustomStringConvertible {
    case `nil`
    case boolean(Bool)
    case integer(Int64)
    case number(Double)
    case string(String)
    /// A table, function, userdata or thread: only its type crosses into Swift.
    case other(typeName: String)

    public var description: String {
        switch self {
        case .nil: "nil"
        case .boolean(let value): String(value)
        case .integer(let value): String(value)
        case .number(let value): String(value)
        case .string(let value): value
        case .other(let typeName): "<\(typeName)>"
        }
    }

    static func typeName(_ type: Int32) -> String {
        switch type {
        case LUA_TTABLE: "table"
        case LUA_TFUNCTION: "function"
        case LUA_TUSERDATA, LUA_TLIGHTUSERDATA: "userdata"
        case LUA_TTHREAD: "thread"
        default: "unknown"
        }
    }
}
