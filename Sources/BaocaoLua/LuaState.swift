import CLuaShim

/// One Lua 5.4 interpreter.
///
/// A `LuaState` owns a `lua_State` and runs text chunks in protected mode through the project's C
/// shim, so a Lua error never unwinds through Swift: it comes back as a thrown ``LuaError``.
/// A state is not thread-safe, so this type is deliberately not `Sendable`: create one per plugin
/// per thread and never hand it to another task.
///
/// This is the bridge the plugin host stands on; on its own it opens only the libraries that
/// cannot reach the file system or the process (base without `dofile`/`loadfile`, coroutine,
/// table, string, math, utf8).
public final class LuaState {
    let pointer: OpaquePointer

    /// The Lua release the program was built against, such as "Lua 5.4.4".
    public static var release: String { String(cString: baocao_lua_release()) }

    /// Creates a state with the safe standard libraries open.
    /// - Throws: ``LuaError/outOfMemory`` when Lua cannot allocate its state, or the error that
    ///   opening the libraries raised.
    public init() throws(LuaError) {
        guard let state = baocao_lua_newstate() else { throw .outOfMemory }
        pointer = state
        let status = baocao_lua_open_safe_libs(pointer)
        if status != BAOCAO_LUA_OK {
            let error = popError(status: status)
            baocao_lua_close(pointer)
            throw error
        }
    }

    deinit { baocao_lua_close(pointer) }

    /// Runs `code` as a text chunk and returns the values it returns.
    ///
    /// - Parameters:
    ///   - code: Lua source text. Precompiled (binary) chunks are refused.
    ///   - chunkName: How errors name the chunk: "@plugins/tay-ninh/route.lua" names a file, any
    ///     other text is shown as `[string "…"]`.
    /// - Returns: The chunk's results, converted to ``LuaValue``.
    /// - Throws: ``LuaError/runtime(_:)`` or ``LuaError/syntax(_:)`` with Lua's message (file and
    ///   line) and a traceback.
    @discardableResult
    public func run(_ code: String, chunkName: String) throws(LuaError) -> [LuaValue] {
        var count: Int32 = 0
        let base = baocao_lua_gettop(pointer)
        let status = code.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                baocao_lua_run(pointer, chars.baseAddress, chars.count, chunkName, &count)
            }
        } ?? {
            var copy = code
            return copy.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { chars in
                    baocao_lua_run(pointer, chars.baseAddress, chars.count, chunkName, &count)
                }
            }
        }()
        guard status == BAOCAO_LUA_OK else { throw popError(status: status) }
        defer { baocao_lua_settop(pointer, base) }
        return (0..<count).map { value(at: base + 1 + $0) }
    }

    /// Reads the value at a stack index without calling into anything that can raise.
    func value(at index: Int32) -> LuaValue {
        switch baocao_lua_type(pointer, index) {
        case LUA_TNIL, LUA_TNONE: return .nil
        case LUA_TBOOLEAN: return .boolean(baocao_lua_toboolean(pointer, index) != 0)
        case LUA_TNUMBER:
            if baocao_lua_isinteger(pointer, index) != 0 {
                return .integer(Int64(baocao_lua_tointeger(pointer, index)))
            }
            return .number(baocao_lua_tonumber(pointer, index))
        case LUA_TSTRING: return .string(string(at: index) ?? "")
        case let type: return .other(typeName: LuaValue.typeName(type))
        }
    }

    func string(at index: Int32) -> String? {
        var length = 0
        guard let bytes = baocao_lua_tostring(pointer, index, &length) else { return nil }
        let buffer = UnsafeRawBufferPointer(start: bytes, count: length)
        return String(decoding: buffer, as: UTF8.self)
    }

    /// Pops the error message a failed protected call left on top and wraps it.
    private func popError(status: Int32) -> LuaError {
        let message = string(at: -1) ?? "(no message)"
        baocao_lua_pop(pointer, 1)
        switch status {
        case LUA_ERRSYNTAX: return .syntax(message)
        case LUA_ERRMEM: return .outOfMemory
        default: return .runtime(message)
        }
    }
}
