import Testing
@testable import BaocaoLua

/// Smoke tests of the Lua bridge: chunks run, errors come back as values, the state survives them,
/// and the libraries that reach outside the process are not there.
@Suite("Lua state")
struct LuaStateTests {
    @Test("A chunk's results come back typed")
    func results() throws {
        let lua = try LuaState()
        #expect(try lua.run("return 1 + 1", chunkName: "=smoke") == [.integer(2)])
        #expect(try lua.run("return 'báo cáo', 2.5, true, nil, {}", chunkName: "=smoke")
                == [.string("báo cáo"), .number(2.5), .boolean(true), .nil, .table(LuaTable())])
        #expect(try lua.run("local x = 1", chunkName: "=smoke").isEmpty)
    }

    @Test("A runtime error names the chunk and line, and the state goes on")
    func runtimeError() throws {
        let lua = try LuaState()
        let error = #expect(throws: LuaError.self) {
            try lua.run("local a = 1\nerror('hỏng rồi')", chunkName: "@plugins/test/init.lua")
        }
        guard case .runtime(let message)? = error else { Issue.record("expected a runtime error"); return }
        #expect(message.hasPrefix("plugins/test/init.lua:2: hỏng rồi"))
        #expect(message.contains("stack traceback"))
        #expect(try lua.run("return 40 + 2", chunkName: "=after") == [.integer(42)])
    }

    @Test("Errors raised deep in Lua, with non-string values, are contained")
    func errorValues() throws {
        let lua = try LuaState()
        #expect(throws: LuaError.self) { try lua.run("error({code = 1})", chunkName: "=t") }
        #expect(throws: LuaError.self) { try lua.run("local function f(n) return f(n + 1) + 1 end return f(1)", chunkName: "=deep") }
        #expect(throws: LuaError.self) { try lua.run("return nil + 1", chunkName: "=arith") }
        #expect(try lua.run("return pcall(error, 'x')", chunkName: "=pcall").first == .boolean(false))
    }

    @Test("Syntax errors are reported as such")
    func syntaxError() throws {
        let lua = try LuaState()
        let error = #expect(throws: LuaError.self) { try lua.run("return 1 +", chunkName: "=bad") }
        guard case .syntax(let message)? = error else { Issue.record("expected a syntax error"); return }
        #expect(message.contains("bad:1:"))
    }

    @Test("Binary chunks are refused")
    func binaryChunks() throws {
        let lua = try LuaState()
        let error = #expect(throws: LuaError.self) { try lua.run("\u{1B}Lua\u{54}\u{00}", chunkName: "=binary") }
        #expect(error?.description.contains("binary") == true)
    }

    @Test("No file system or process access: io, debug, package, dofile, loadfile, require are absent; os keeps the clock")
    func sandboxedLibraries() throws {
        let lua = try LuaState()
        let absent = try lua.run("return io, debug, dofile, loadfile, require, package, collectgarbage, string.dump, os.execute, os.exit, os.getenv, os.remove", chunkName: "=libs")
        #expect(absent.count == 12 && absent.allSatisfy { $0 == .nil })
        #expect(try lua.run("return type(os.time()), type(os.clock()), os.date('!%Y', 0)", chunkName: "=os")
                == [.string("number"), .string("number"), .string("1970")])
        #expect(try lua.run("return string.upper('ok'), math.max(1, 3), utf8.len('báo')", chunkName: "=libs")
                == [.string("OK"), .integer(3), .integer(3)])
    }

    @Test("A script cannot swallow the instruction budget with its own pcall")
    func stickyBudget() throws {
        let lua = try LuaState(limits: LuaLimits(memory: 0, instructions: 1_000_000, patternSteps: 1_000_000))
        let error = #expect(throws: LuaError.self) {
            try lua.run("while true do pcall(function() while true do end end) end", chunkName: "@loop.lua")
        }
        guard case .instructionBudget(let message)? = error else { Issue.record("expected the budget to stop it: \(String(describing: error))"); return }
        #expect(message.hasPrefix("loop.lua:1: instruction budget exceeded"))
        #expect(try lua.run("return 1 + 1", chunkName: "=after") == [.integer(2)], "the next call runs with a fresh budget")
    }

    @Test("The memory cap stops a script, counts only its own use, and the state recovers")
    func memoryCap() throws {
        let lua = try LuaState(limits: LuaLimits(memory: 8 << 20, instructions: 0, patternSteps: 1_000_000))
        let error = #expect(throws: LuaError.self) {
            try lua.run("local t = {} while true do pcall(function() t[#t + 1] = string.rep('x', 65536) .. #t end) end", chunkName: "@bomb.lua")
        }
        guard case .memoryLimit(let message)? = error else { Issue.record("expected the memory cap: \(String(describing: error))"); return }
        #expect(message.contains("memory limit exceeded"))
        #expect(lua.memoryInUse < 8 << 20)
        // The host's own values do not count against the cap: a 16 MiB argument goes in.
        let big = String(repeating: "z", count: 16 << 20)
        #expect(try lua.run("local s = ... return #s", chunkName: "=big", arguments: [.string(big)]) == [.integer(16 << 20)])
    }

    @Test("A catastrophic pattern gives up instead of running for minutes")
    func boundedPatterns() throws {
        let lua = try LuaState(limits: LuaLimits(memory: 0, instructions: 0, patternSteps: 1_000_000))
        let error = #expect(throws: LuaError.self) {
            try lua.run("return string.find(string.rep('a', 5000), string.rep('a*', 12) .. 'b')", chunkName: "@p.lua")
        }
        #expect(error?.message.contains("pattern too complex") == true)
        #expect(try lua.run("return ('  trim me  '):match('^%s*(.-)%s*$')", chunkName: "=ok") == [.string("trim me")])
    }

    @Test("Swift functions report bad arguments at the plugin's line, without unwinding through Swift")
    func swiftFunctionErrors() throws {
        let lua = try LuaState()
        lua.define("double", in: "host") { values throws(LuaFunctionError) in
            guard let n = values.first?.intValue else { throw LuaFunctionError("double: expected a number") }
            return [.integer(Int64(n * 2))]
        }
        #expect(try lua.run("return host.double(21)", chunkName: "=ok") == [.integer(42)])
        let error = #expect(throws: LuaError.self) { try lua.run("local x = 1\nreturn host.double('x')", chunkName: "@caller.lua") }
        #expect(error?.message == "caller.lua:2: double: expected a number")
        #expect(try lua.run("return pcall(host.double, {})", chunkName: "=caught").first == .boolean(false))
    }

    @Test("Tables cross both ways; views are read-only in Lua and read back as tables")
    func tablesAndViews() throws {
        let lua = try LuaState()
        let view = LuaValue.table(.view("unit", ["id": "ldld-tinh", "routes": .table(.list("routes", ["a", "b"]))]))
        let results = try lua.run("""
            local v = ...
            local ok, message = pcall(function() v.id = 'x' end)
            local keys = {}
            for k in pairs(v) do keys[#keys + 1] = k end
            table.sort(keys)
            return v.id, #v.routes, v.routes[2], ok, message, table.concat(keys, ','), v
            """, chunkName: "@views.lua", arguments: [view])
        #expect(results[0] == "ldld-tinh")
        #expect(results[1] == .integer(2))
        #expect(results[2] == "b")
        #expect(results[3] == .boolean(false))
        #expect(results[4].stringValue?.contains("views.lua:2: cannot set 'id' of a unit") == true)
        #expect(results[5] == "id,routes")
        #expect(results[6].tableValue?["id"] == "ldld-tinh")
    }

    @Test("The release is Lua 5.4")
    func release() {
        #expect(LuaState.release.hasPrefix("Lua 5.4"))
    }
}
