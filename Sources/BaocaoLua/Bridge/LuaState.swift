import CLuaShim

/// One sandboxed Lua 5.4 interpreter.
///
/// A `LuaState` owns a `lua_State` bound to a sandbox (see ``LuaLimits``): a memory cap, an
/// instruction budget per call and bounded pattern functions; no `io`, no `os` beyond the clock
/// and the calendar, no `debug`, no loading of files or binary chunks. Chunks and functions run in
/// protected mode through the project's C shim, so a Lua error never unwinds through Swift: it
/// comes back as a thrown ``LuaError``.
///
/// A state is not thread-safe, so this type is deliberately not `Sendable`: create one per plugin
/// per thread and never hand it to another task.
public final class LuaState {
    let pointer: OpaquePointer
    private let box: UnsafeMutablePointer<baocao_sandbox>
    /// The limits this state runs under.
    public let limits: LuaLimits
    private var functions: [LuaFunction] = []
    /// How deep calls into this state may nest (a hook whose `baocao.*` call runs a hook of the
    /// same plugin, and so on).
    static let maximumNesting: Int32 = 8

    /// The Lua release the program was built against, such as "Lua 5.4.4".
    public static var release: String { String(cString: baocao_lua_release()) }

    /// Creates a state with the sandboxed standard libraries open.
    /// - Throws: ``LuaError/outOfMemory`` when Lua cannot allocate its state, or the error that
    ///   opening the libraries raised.
    public init(limits: LuaLimits = .standard) throws(LuaError) {
        self.limits = limits
        box = UnsafeMutablePointer<baocao_sandbox>.allocate(capacity: 1)
        box.initialize(to: baocao_sandbox())
        box.pointee.memory_limit = limits.memory
        box.pointee.budget = Int64(limits.instructions)
        box.pointee.call_limit = max(0, limits.callTime)
        box.pointee.total_limit = max(0, limits.totalTime)
        box.pointee.dispatch = luaStateDispatch
        guard let state = baocao_sandbox_newstate(box) else {
            box.deallocate()
            throw .outOfMemory
        }
        pointer = state
        box.pointee.context = Unmanaged.passUnretained(self).toOpaque()
        let status = baocao_sandbox_open_libs(pointer, limits.patternSteps)
        if status != LUA_OK {
            let error = popError(status: status)
            baocao_lua_close(pointer)
            box.deallocate()
            throw error
        }
    }

    deinit {
        baocao_lua_close(pointer)
        box.deallocate()
    }

    /// Bytes the state holds now.
    public var memoryInUse: Int { box.pointee.used }

    /// The most bytes the state held during the last call.
    public var peakMemory: Int { box.pointee.peak }

    /// CPU seconds the calls since the last ``resetTotalTime()`` used (short calls counted by the
    /// wall clock, which is never less).
    public var totalTime: Double { box.pointee.total_used }

    /// Whether the calls since the last ``resetTotalTime()`` used up ``LuaLimits/totalTime``: every
    /// further call fails at once with ``LuaError/timeLimit(_:)``.
    public var isOutOfTime: Bool { limits.totalTime > 0 && box.pointee.total_used >= limits.totalTime }

    /// Starts a new command: the next calls may use ``LuaLimits/totalTime`` again.
    public func resetTotalTime() { baocao_sandbox_reset_total(box) }

    /// Stops every script running in any state of this process at its next check (within
    /// milliseconds), and every call after, while `on`: for a host that is shutting down.
    public static func interruptAll(_ on: Bool) { baocao_sandbox_interrupt_all(on ? 1 : 0) }

    // MARK: Running code

    /// Runs `code` as a text chunk and returns the values it returns.
    ///
    /// - Parameters:
    ///   - code: Lua source text. Precompiled (binary) chunks are refused.
    ///   - chunkName: How errors name the chunk: "@plugins/tay-ninh/plugin.lua" names a file, any
    ///     other text is shown as `[string "…"]`.
    ///   - arguments: Values the chunk receives as `...`.
    /// - Throws: ``LuaError`` with Lua's message (file and line) and a traceback.
    @discardableResult
    public func run(_ code: String, chunkName: String, arguments: [LuaValue] = []) throws(LuaError) -> [LuaValue] {
        let base = baocao_lua_gettop(pointer)
        defer { baocao_lua_settop(pointer, base) }
        try loadChunk(code, chunkName: chunkName)
        for argument in arguments { push(argument) }
        return try protectedCall(base: base, arguments: Int32(arguments.count))
    }

    /// Runs `code` and keeps its first result in the registry: a plugin's table of hooks.
    public func runKeepingResult(_ code: String, chunkName: String, arguments: [LuaValue] = [])
        throws(LuaError) -> (reference: LuaReference, value: LuaValue) {
        let base = baocao_lua_gettop(pointer)
        defer { baocao_lua_settop(pointer, base) }
        try loadChunk(code, chunkName: chunkName)
        for argument in arguments { push(argument) }
        try protectedCallKeepingStack(base: base, arguments: Int32(arguments.count), results: 1)
        let type = baocao_lua_type(pointer, -1)
        let value: LuaValue = type == LUA_TTABLE ? .table(LuaTable()) : try decode(at: -1, what: "the result")
        let id = luaL_ref(pointer, baocao_lua_registryindex())
        return (LuaReference(id: id), value)
    }

    /// Whether field `name` of the referenced table is a function.
    public func hasFunction(_ name: String, in table: LuaReference) -> Bool {
        let base = baocao_lua_gettop(pointer)
        defer { baocao_lua_settop(pointer, base) }
        pushField(name, of: table)
        return baocao_lua_type(pointer, -1) == LUA_TFUNCTION
    }

    /// The names of the referenced table's fields whose values are functions.
    public func functionNames(in table: LuaReference) -> [String] {
        let base = baocao_lua_gettop(pointer)
        defer { baocao_lua_settop(pointer, base) }
        lua_rawgeti(pointer, baocao_lua_registryindex(), lua_Integer(table.id))
        guard baocao_lua_type(pointer, -1) == LUA_TTABLE else { return [] }
        var names: [String] = []
        lua_pushnil(pointer)
        while lua_next(pointer, -2) != 0 {
            if baocao_lua_type(pointer, -2) == LUA_TSTRING, baocao_lua_type(pointer, -1) == LUA_TFUNCTION,
               let name = string(at: -2) {
                names.append(name)
            }
            baocao_lua_pop(pointer, 1)
        }
        return names.sorted()
    }

    /// Keeps the function in field `name` of the referenced table, so that calls skip the look-up;
    /// nil when the field is not a function.
    public func function(_ name: String, in table: LuaReference) -> LuaReference? {
        pushField(name, of: table)
        guard baocao_lua_type(pointer, -1) == LUA_TFUNCTION else {
            baocao_lua_pop(pointer, 1)
            return nil
        }
        return LuaReference(id: luaL_ref(pointer, baocao_lua_registryindex()))
    }

    /// Calls a function kept with ``function(_:in:)`` with `arguments`, under the sandbox's
    /// limits, and returns its results.
    /// - Throws: ``LuaError`` with the file and line where the function failed or was stopped.
    /// - Parameter results: How many results to keep (the rest are never read); all by default.
    public func call(_ function: LuaReference, _ arguments: [LuaValue], results: Int? = nil) throws(LuaError) -> [LuaValue] {
        let base = baocao_lua_gettop(pointer)
        defer { baocao_lua_settop(pointer, base) }
        lua_rawgeti(pointer, baocao_lua_registryindex(), lua_Integer(function.id))
        for argument in arguments { push(argument) }
        return try protectedCall(base: base, arguments: Int32(arguments.count), results: results.map { Int32($0) } ?? LUA_MULTRET)
    }

    /// Where the function in field `name` of the referenced table is defined: "plugins/x/plugin.lua:12".
    public func definition(of name: String, in table: LuaReference) -> String? {
        let base = baocao_lua_gettop(pointer)
        defer { baocao_lua_settop(pointer, base) }
        pushField(name, of: table)
        var length = 0
        var line: Int32 = 0
        guard let source = baocao_lua_function_source(pointer, -1, &length, &line) else { return nil }
        let text = String(decoding: UnsafeRawBufferPointer(start: source, count: length), as: UTF8.self)
        return "\(text):\(line)"
    }

    /// Calls the function in field `name` of the referenced table with `arguments`, under the
    /// sandbox's limits, and returns its results.
    /// - Throws: ``LuaError`` naming the file and line where the function failed or was stopped.
    public func call(_ name: String, in table: LuaReference, _ arguments: [LuaValue]) throws(LuaError) -> [LuaValue] {
        let base = baocao_lua_gettop(pointer)
        defer { baocao_lua_settop(pointer, base) }
        pushField(name, of: table)
        for argument in arguments { push(argument) }
        return try protectedCall(base: base, arguments: Int32(arguments.count))
    }

    /// Makes `function` callable from Lua as the global `name`, or as field `name` of the global
    /// table `table` (created when missing).
    public func define(_ name: String, in table: String? = nil, _ function: @escaping LuaFunction) {
        let base = baocao_lua_gettop(pointer)
        defer { baocao_lua_settop(pointer, base) }
        functions.append(function)
        if let table {
            if lua_getglobal(pointer, table) != LUA_TTABLE {
                baocao_lua_pop(pointer, 1)
                baocao_lua_newtable(pointer)
                lua_pushvalue(pointer, -1)
                lua_setglobal(pointer, table)
            }
            baocao_sandbox_push_function(pointer, Int32(functions.count - 1))
            lua_setfield(pointer, -2, name)
        } else {
            baocao_sandbox_push_function(pointer, Int32(functions.count - 1))
            lua_setglobal(pointer, name)
        }
    }

    /// Keeps `value` in the state's registry and returns a ``LuaValue/reference(_:)`` to it, so
    /// that a value handed to many calls (a directive's view) is built in Lua once. Kept values
    /// count towards the state's memory until ``release(_:)``.
    public func keep(_ value: LuaValue) -> LuaValue {
        push(value)
        return .reference(LuaReference(id: luaL_ref(pointer, baocao_lua_registryindex())))
    }

    /// Lets Lua free a value kept with ``keep(_:)``.
    public func release(_ value: LuaValue) {
        guard case .reference(let reference) = value else { return }
        luaL_unref(pointer, baocao_lua_registryindex(), reference.id)
    }

    /// Sets the global `name` to `value`.
    public func setGlobal(_ name: String, _ value: LuaValue) {
        push(value)
        lua_setglobal(pointer, name)
    }

    /// Frees what Lua no longer uses. Runs in host mode.
    public func collectGarbage() { _ = baocao_lua_collect(pointer) }

    // MARK: Calls

    private func loadChunk(_ code: String, chunkName: String) throws(LuaError) {
        var source = code
        let status = source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                baocao_sandbox_load(pointer, chars.baseAddress, chars.count, chunkName)
            }
        }
        guard status == LUA_OK else { throw popError(status: status) }
    }

    private func protectedCall(base: Int32, arguments: Int32, results: Int32 = LUA_MULTRET) throws(LuaError) -> [LuaValue] {
        try protectedCallKeepingStack(base: base, arguments: arguments, results: results)
        let count = baocao_lua_gettop(pointer) - base
        // Reading a large answer is work done for the plugin: it counts towards its total time,
        // so a plugin whose every answer is heavy runs out of time like one whose code is slow.
        // (Only tables take long to read: a string or number answer is not timed.)
        let outermost = limits.totalTime > 0 && box.pointee.depth == 0
            && (0..<count).contains { baocao_lua_type(pointer, base + 1 + $0) == LUA_TTABLE }
        let started = outermost ? baocao_sandbox_monotonic() : 0
        defer { if outermost { box.pointee.total_used += baocao_sandbox_monotonic() - started } }
        var decoder = LuaDecoder(state: pointer, limits: limits)
        var values: [LuaValue] = []
        values.reserveCapacity(Int(count))
        for offset in 0..<count {
            do throws(LuaDecodingError) {
                values.append(try decoder.value(at: base + 1 + offset, what: count == 1 ? "the answer" : "answer #\(offset + 1)"))
            } catch {
                throw .answer(error.description)
            }
        }
        return values
    }

    /// The value at `index`, read with the limits of an answer.
    private func decode(at index: Int32, what: String) throws(LuaError) -> LuaValue {
        var decoder = LuaDecoder(state: pointer, limits: limits)
        do throws(LuaDecodingError) {
            return try decoder.value(at: index, what: what)
        } catch {
            throw .answer(error.description)
        }
    }

    private func protectedCallKeepingStack(base: Int32, arguments: Int32, results: Int32) throws(LuaError) {
        if box.pointee.depth >= Self.maximumNesting {
            baocao_lua_settop(pointer, base)
            throw .runtime("calls back into the plugin nested \(Self.maximumNesting) deep (a hook asking the host for something the same plugin decides, which asks again…); break the chain")
        }
        if isOutOfTime && box.pointee.depth == 0 {
            // Used up for this command: not even started, so a plugin that is slow for every unit
            // costs the command its total once.
            baocao_lua_settop(pointer, base)
            throw .timeLimit("total time limit exceeded (the plugin's hooks may use \(Int(limits.totalTime * 1000)) ms of CPU time together in one command); its remaining calls are skipped")
        }
        baocao_sandbox_begin(pointer)
        let status = baocao_sandbox_pcall(pointer, arguments, results)
        let killed = box.pointee.killed
        baocao_sandbox_end(pointer)
        guard status == LUA_OK else {
            let error = popError(status: status, killed: killed)
            if status == LUA_ERRMEM || killed == Int32(BAOCAO_KILL_MEMORY.rawValue) {
                // Give the next call its memory back; the collection is work for this plugin.
                let started = baocao_sandbox_monotonic()
                collectGarbage()
                if box.pointee.depth == 0 { box.pointee.total_used += baocao_sandbox_monotonic() - started }
            }
            throw error
        }
    }

    private func pushField(_ name: String, of table: LuaReference) {
        lua_rawgeti(pointer, baocao_lua_registryindex(), lua_Integer(table.id))
        pushString(name)
        if baocao_lua_type(pointer, -2) == LUA_TTABLE {
            lua_rawget(pointer, -2)
        } else {
            baocao_lua_pop(pointer, 1)
            lua_pushnil(pointer)
        }
        lua_rotate(pointer, -2, 1)
        baocao_lua_pop(pointer, 1)
    }

    /// Pops the error message a failed protected call left on top and wraps it.
    private func popError(status: Int32, killed: Int32 = 0) -> LuaError {
        var message = string(at: -1, limit: Int(BAOCAO_MESSAGE_LIMIT) * 4) ?? "(no message)"
        baocao_lua_pop(pointer, 1)
        if status == LUA_ERRMEM, killed != 0, message.hasPrefix("not enough memory") {
            // Lua raises a failed allocation without calling the message handler: say why it failed.
            baocao_sandbox_push_kill_message(pointer, killed)
            message = (string(at: -1) ?? "") + message.dropFirst("not enough memory".count)
            baocao_lua_pop(pointer, 1)
        }
        switch (status, baocao_kill_reason(rawValue: UInt32(killed))) {
        case (_, BAOCAO_KILL_INSTRUCTIONS): return .instructionBudget(message)
        case (_, BAOCAO_KILL_TIME), (_, BAOCAO_KILL_TOTAL_TIME), (_, BAOCAO_KILL_INTERRUPTED): return .timeLimit(message)
        case (_, BAOCAO_KILL_MEMORY), (LUA_ERRMEM, _):
            return .memoryLimit(message.hasPrefix("not enough memory")
                ? "memory limit exceeded (the plugin may use \(limits.memory / 1024) KiB)" + message.dropFirst("not enough memory".count)
                : message)
        case (LUA_ERRSYNTAX, _): return .syntax(message)
        default: return .runtime(message)
        }
    }

    // MARK: Values

    /// Pushes a Swift value; tables with a ``LuaTable/viewKind`` become read-only views.
    func push(_ value: LuaValue, on thread: OpaquePointer? = nil) {
        let pointer = thread ?? self.pointer
        _ = lua_checkstack(pointer, 8)
        pushWithoutGrowing(value, on: pointer)
    }

    /// `push(_:)` for a caller that has made room: each table makes its own room for its items.
    private func pushWithoutGrowing(_ value: LuaValue, on pointer: OpaquePointer) {
        switch value {
        case .nil: lua_pushnil(pointer)
        case .boolean(let flag): lua_pushboolean(pointer, flag ? 1 : 0)
        case .integer(let number): lua_pushinteger(pointer, lua_Integer(number))
        case .number(let number): lua_pushnumber(pointer, number)
        case .string(let text): pushString(text, on: pointer)
        case .table(let table): push(table, on: pointer)
        case .reference(let reference): lua_rawgeti(pointer, baocao_lua_registryindex(), lua_Integer(reference.id))
        case .other: lua_pushnil(pointer)
        }
    }

    private func push(_ table: LuaTable, on pointer: OpaquePointer) {
        _ = lua_checkstack(pointer, 8)
        lua_createtable(pointer, Int32(table.array.count), Int32(table.fields.count))
        for (offset, item) in table.array.enumerated() {
            pushWithoutGrowing(item, on: pointer)
            lua_rawseti(pointer, -2, lua_Integer(offset + 1))
        }
        for (key, item) in table.fields {
            if case .nil = item { continue }
            pushString(key, on: pointer)
            pushWithoutGrowing(item, on: pointer)
            lua_rawset(pointer, -3)
        }
        if let kind = table.viewKind { baocao_sandbox_freeze(pointer, kind) }
    }

    private func pushString(_ text: String, on thread: OpaquePointer? = nil) {
        let pointer = thread ?? self.pointer
        let pushed: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                _ = lua_pushlstring(pointer, chars.baseAddress, chars.count)
            }
        }
        if pushed == nil {
            var text = text
            text.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { chars in
                    _ = lua_pushlstring(pointer, chars.baseAddress, chars.count)
                }
            }
        }
    }

    func string(at index: Int32) -> String? {
        var length = 0
        guard let bytes = baocao_lua_tostring(pointer, index, &length) else { return nil }
        return String(decoding: UnsafeRawBufferPointer(start: bytes, count: length), as: UTF8.self)
    }

    /// The string at `index`, cut to `limit` bytes with "… (N bytes more)".
    func string(at index: Int32, limit: Int) -> String? {
        var length = 0
        guard let bytes = baocao_lua_tostring(pointer, index, &length) else { return nil }
        return LuaText.cut(UnsafeRawBufferPointer(start: bytes, count: length), limit: limit)
    }

    // MARK: Swift functions

    /// Runs Swift function `id` for a call from Lua on `thread` (the main thread or a coroutine):
    /// its arguments are read from that thread's stack and its results pushed there.
    fileprivate func dispatch(_ id: Int32, on thread: OpaquePointer) -> Int32 {
        let count = baocao_lua_gettop(thread)
        var arguments: [LuaValue] = []
        var decoder = LuaDecoder(state: thread, limits: limits)
        for index in 0..<count {
            do throws(LuaDecodingError) {
                arguments.append(try decoder.value(at: index + 1, what: "argument #\(index + 1)"))
            } catch {
                pushString("bad argument: " + error.description, on: thread)
                return -1
            }
        }
        do {
            let results = try functions[Int(id)](arguments)
            for result in results { push(result, on: thread) }
            return Int32(results.count)
        } catch {
            pushString(LuaText.cut(error.message), on: thread)
            return -1
        }
    }
}

/// The sandbox's dispatcher: finds the state's Swift object and runs the function it registered.
private func luaStateDispatch(_ state: OpaquePointer?, _ context: UnsafeMutableRawPointer?, _ id: Int32) -> Int32 {
    guard let context else { return 0 }
    guard let state else { return 0 }
    return Unmanaged<LuaState>.fromOpaque(context).takeUnretainedValue().dispatch(id, on: state)
}
