import CLuaShim

/// Reads what a plugin hands back (a hook's results, the arguments of a `baocao.*` call) from the
/// Lua stack into Swift values, as untrusted input: it refuses a table that contains itself,
/// nesting deeper than ``LuaLimits/answerDepth`` and more than ``LuaLimits/answerBytes`` in all
/// (each value counted at about its size in Lua), so no answer can make the host recurse without
/// end or allocate more than the plugin itself may hold. It never calls into anything that can
/// raise a Lua error.
struct LuaDecoder {
    private let state: OpaquePointer
    private let maximumDepth: Int
    /// What the answer may still take, in bytes.
    private var remaining: Int
    private let limit: Int
    /// The tables being read, outermost first, and the key each was reached by: the path a
    /// message names and where a cycle is found.
    private var open: [(table: UnsafeRawPointer?, key: PathKey)] = []

    /// The cost of one value, and of each entry of a table, beside its strings' bytes.
    static let valueCost = 16
    static let tableCost = 56

    init(state: OpaquePointer, limits: LuaLimits) {
        self.state = state
        maximumDepth = max(1, limits.answerDepth)
        remaining = limits.answerBytes
        limit = limits.answerBytes
    }

    /// The value at `index`, with `what` naming it in messages ("the answer", "argument #2").
    mutating func value(at index: Int32, what: String) throws(LuaDecodingError) -> LuaValue {
        open.removeAll(keepingCapacity: true)
        // Room for a view's check (two slots) and the table walk's key and value.
        guard lua_checkstack(state, 8) != 0 else { throw .tooDeep(place: what, limit: 0) }
        return try read(at: index, key: .root(what))
    }

    private mutating func charge(_ bytes: Int) throws(LuaDecodingError) {
        remaining -= bytes
        if remaining < 0 { throw .tooLarge(place: place(), limit: "more than the \(limit / 1024) KiB a plugin's answer may take") }
    }

    private mutating func read(at index: Int32, key: PathKey) throws(LuaDecodingError) -> LuaValue {
        switch baocao_lua_type(state, index) {
        case LUA_TNIL, LUA_TNONE: return .nil
        case LUA_TBOOLEAN:
            try charge(Self.valueCost)
            return .boolean(baocao_lua_toboolean(state, index) != 0)
        case LUA_TNUMBER:
            try charge(Self.valueCost)
            if baocao_lua_isinteger(state, index) != 0 { return .integer(Int64(baocao_lua_tointeger(state, index))) }
            return .number(baocao_lua_tonumber(state, index))
        case LUA_TSTRING:
            var length = 0
            guard let bytes = baocao_lua_tostring(state, index, &length) else { return .string("") }
            try charge(Self.valueCost + length)
            return .string(String(decoding: UnsafeRawBufferPointer(start: bytes, count: length), as: UTF8.self))
        case LUA_TTABLE:
            return .table(try table(at: index, key: key))
        case LUA_TUSERDATA where baocao_sandbox_view_table(state, index) != 0:
            // A read-only view the host made: read the table it reads through.
            defer { baocao_lua_pop(state, 1) }
            return .table(try table(at: -1, key: key))
        case let type:
            try charge(Self.valueCost)
            return .other(typeName: LuaValue.typeName(type))
        }
    }

    private mutating func table(at index: Int32, key: PathKey) throws(LuaDecodingError) -> LuaTable {
        let absolute = lua_absindex(state, index)
        let identity = lua_topointer(state, absolute)
        if let earlier = open.firstIndex(where: { $0.table == identity }) {
            let inner = place(appending: key)
            throw .cycle(place: inner, same: Self.render(open[...earlier].map(\.key)))
        }
        guard open.count < maximumDepth else {
            throw .tooDeep(place: place(appending: key), limit: maximumDepth)
        }
        try charge(Self.tableCost)
        open.append((identity, key))
        defer { open.removeLast() }
        // Built without literals: `[:]` of a dictionary looks up tuple metadata at run time, and
        // an answer may hold hundreds of thousands of tables.
        var array = [LuaValue]()
        var fields = [String: LuaValue]()
        // Keys past the sequence read so far (lua_next gives the array part in order, so most
        // lists never need this).
        var later: [Int: LuaValue]?
        guard lua_checkstack(state, 4) != 0 else { throw .tooDeep(place: place(), limit: open.count) }
        lua_pushnil(state)
        while lua_next(state, absolute) != 0 {
            do throws(LuaDecodingError) {
                switch baocao_lua_type(state, -2) {
                case LUA_TSTRING:
                    var length = 0
                    if let bytes = baocao_lua_tostring(state, -2, &length) {
                        try charge(Self.valueCost + length)
                        let name = String(decoding: UnsafeRawBufferPointer(start: bytes, count: length), as: UTF8.self)
                        fields[name] = try read(at: -1, key: .field(name))
                    }
                case LUA_TNUMBER where baocao_lua_isinteger(state, -2) != 0:
                    let position = baocao_lua_tointeger(state, -2)
                    if position == Int64(array.count) + 1 {
                        array.append(try read(at: -1, key: .index(Int(position))))
                    } else if position >= 1 && position <= Int64(Int32.max) {
                        if later == nil { later = [Int: LuaValue]() }
                        later![Int(position)] = try read(at: -1, key: .index(Int(position)))
                    }
                default:
                    try charge(Self.valueCost)
                }
            } catch {
                baocao_lua_pop(state, 2)
                throw error
            }
            baocao_lua_pop(state, 1)
        }
        if var later {
            while let item = later.removeValue(forKey: array.count + 1) { array.append(item) }
        }
        let result = LuaTable(array: array, fields: fields, viewKind: nil)
        return result
    }

    private func place(appending key: PathKey? = nil) -> String {
        Self.render(open.map(\.key) + (key.map { [$0] } ?? []))
    }

    private static func render(_ keys: [PathKey]) -> String {
        var text = ""
        for key in keys {
            switch key {
            case .root(let what): text = what
            case .field(let name):
                if name.utf8.count <= 40, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
                    text += ".\(name)"
                } else {
                    text += "[\"\(name.prefix(40))\(name.count > 40 ? "…" : "")\"]"
                }
            case .index(let position): text += "[\(position)]"
            }
        }
        return text
    }

    enum PathKey {
        case root(String)
        case field(String)
        case index(Int)
    }
}

/// Why a value a plugin handed back was refused.
enum LuaDecodingError: Error, CustomStringConvertible {
    /// A table contains itself: `place` is the same table as `same`.
    case cycle(place: String, same: String)
    /// Tables nested deeper than the limit.
    case tooDeep(place: String, limit: Int)
    /// More values or bytes than the answer may take.
    case tooLarge(place: String, limit: String)

    var description: String {
        switch self {
        case .cycle(let place, let same):
            "\(place) refers back to \(same): a table that contains itself cannot be handed to the host; return plain values"
        case .tooDeep(let place, let limit):
            "\(place) nests tables more than \(limit) deep; return a flatter value"
        case .tooLarge(let place, let limit):
            "\(place) holds \(limit); return fewer or smaller values"
        }
    }
}
