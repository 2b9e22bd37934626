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
                == [.string("báo cáo"), .number(2.5), .boolean(true), .nil, .other(typeName: "table")])
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

    @Test("No file system or process access: io, os, dofile, loadfile and require are absent")
    func sandboxedLibraries() throws {
        let lua = try LuaState()
        let absent = try lua.run("return io, os, debug, dofile, loadfile, require, package", chunkName: "=libs")
        #expect(absent.allSatisfy { $0 == .nil })
        #expect(try lua.run("return string.upper('ok'), math.max(1, 3), utf8.len('báo')", chunkName: "=libs")
                == [.string("OK"), .integer(3), .integer(3)])
    }

    @Test("The release is Lua 5.4")
    func release() {
        #expect(LuaState.release.hasPrefix("Lua 5.4"))
    }
}
