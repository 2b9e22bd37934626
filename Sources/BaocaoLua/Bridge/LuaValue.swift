import CLuaShim

/// A Lua value copied between a state and Swift.
///
/// Tables cross as ``LuaTable`` (their array part and their string-keyed fields); a table the host
/// hands to a plugin as a read-only view carries the view's kind. Functions, coroutines and other
/// userdata cross only as their type name.
public enum LuaValue: Sendable, Equatable, CustomStringConvertible {
    case `nil`
    case boolean(Bool)
    case integer(Int64)
    case number(Double)
    case string(String)
    case table(LuaTable)
    /// A value kept in the state's registry with ``LuaState/keep(_:)``: pushed without being
    /// built again. Valid only for the state that kept it.
    case reference(LuaReference)
    /// A function, coroutine or userdata: only its type crosses into Swift.
    case other(typeName: String)

    public var description: String {
        switch self {
        case .nil: "nil"
        case .boolean(let value): String(value)
        case .integer(let value): String(value)
        case .number(let value): String(value)
        case .string(let value): value
        case .table(let table): table.description
        case .reference: "<kept value>"
        case .other(let typeName): "<\(typeName)>"
        }
    }

    /// The Lua type name, for messages: "string", "table", "nil".
    public var typeName: String {
        switch self {
        case .nil: "nil"
        case .boolean: "boolean"
        case .integer, .number: "number"
        case .string: "string"
        case .table: "table"
        case .reference: "kept value"
        case .other(let typeName): typeName
        }
    }

    /// The text of a string value.
    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The value of an integer, or of a float with no fractional part.
    public var intValue: Int? {
        switch self {
        case .integer(let value): Int(exactly: value)
        case .number(let value): Int(exactly: value)
        default: nil
        }
    }

    /// The table of a table value.
    public var tableValue: LuaTable? {
        if case .table(let table) = self { return table }
        return nil
    }

    /// Lua's truth: everything but nil and false.
    public var isTruthy: Bool {
        switch self {
        case .nil, .boolean(false): false
        default: true
        }
    }

    /// A string value, or nil for `nil`.
    public static func optional(_ text: String?) -> LuaValue { text.map(LuaValue.string) ?? .nil }

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

extension LuaValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int64) { self = .integer(value) }
    public init(booleanLiteral value: Bool) { self = .boolean(value) }
}

/// A Lua table in Swift: its sequence (`t[1]`, `t[2]`, …) and its fields with text keys.
///
/// Built by the host to hand the model to plugins (then usually ``viewKind`` is set, and the
/// plugin sees a read-only view), and read back from what hooks return.
public struct LuaTable: Sendable, Equatable, CustomStringConvertible {
    public var array: [LuaValue]
    public var fields: [String: LuaValue]
    /// When set, the table reaches Lua as a read-only view of this kind ("unit", "due").
    public var viewKind: String?

    public init(array: [LuaValue] = [], fields: [String: LuaValue] = [:], viewKind: String? = nil) {
        self.array = array
        self.fields = fields
        self.viewKind = viewKind
    }

    /// A read-only view of `kind` with these fields; nil values are left out.
    public static func view(_ kind: String, _ fields: [String: LuaValue]) -> LuaTable {
        LuaTable(fields: fields.filter { $0.value != .nil }, viewKind: kind)
    }

    /// A read-only list of `kind`.
    public static func list(_ kind: String, _ items: [LuaValue]) -> LuaTable {
        LuaTable(array: items, viewKind: kind)
    }

    public subscript(_ key: String) -> LuaValue { fields[key] ?? .nil }

    public var description: String {
        let items = array.map(\.description) + fields.keys.sorted().map { "\($0) = \(fields[$0]!)" }
        return "{" + items.joined(separator: ", ") + "}"
    }
}
