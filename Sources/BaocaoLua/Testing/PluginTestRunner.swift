import BaocaoCore
import Foundation

/// Runs a plugin's own tests: the Lua files in its `tests/` folder.
///
/// Each file runs in a sandbox like the plugin's own, with the `baocao` module bound to a test
/// workspace, and with:
/// - `plugin`: the hook table the plugin's main file returns, loaded afresh, to call hooks directly;
/// - `test(name, function() … end)`: declares a test; each test runs as its own call, under the
///   sandbox's limits, and fails when it raises;
/// - `expect.equal(actual, expected [, what])`, `expect.same` (deep, for tables), `expect.truthy`,
///   `expect.falsy`, `expect.fails(function, text)`: assertions whose failures name the test's line;
/// - `schedule{from =, to = [, unit =]}`: the schedule the workspace's whole chain computes, as a
///   list of plain tables, to check what a province official would see.
public final class PluginTestRunner {
    public let plugin: Plugin
    public let chain: PluginChain
    private let limits: LuaLimits

    /// - Parameters:
    ///   - plugin: The plugin under test.
    ///   - chain: The test workspace's chain (it should hold this plugin).
    /// The limits of a test file's own code: the standard ones, with time for a test that
    /// schedules a whole year (the hooks it reaches run under the chain's own limits).
    public static let testLimits = LuaLimits(memory: LuaLimits.standard.memory, instructions: LuaLimits.standard.instructions,
                                             patternSteps: LuaLimits.standard.patternSteps, callTime: 60, totalTime: 0)

    public init(plugin: Plugin, chain: PluginChain, limits: LuaLimits = testLimits) {
        self.plugin = plugin
        self.chain = chain
        self.limits = limits
    }

    /// The test files, in name order.
    public var testFiles: [URL] {
        let folder = plugin.folder.appendingPathComponent("tests", isDirectory: true)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".lua") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// Runs every test file and returns one result per test.
    public func run() -> [PluginTestResult] {
        testFiles.flatMap(run(file:))
    }

    /// Runs one test file of the plugin's `tests/` folder (named by its last path component; a
    /// file that links out of the plugin is refused).
    public func run(file url: URL) -> [PluginTestResult] {
        let display = "\(plugin.displayFolder)/tests/\(url.lastPathComponent)"
        func failure(_ message: String) -> [PluginTestResult] {
            [PluginTestResult(file: display, name: "(loading the file)", passed: false, message: message)]
        }
        // A test file is one of the plugin's own files: read from its real path, inside the plugin.
        let source: String
        do throws(ConfinedFile.Refusal) {
            source = try plugin.readOwnFile("tests/" + url.lastPathComponent)
        } catch {
            return failure(plugin.refusal(error, of: "tests/" + url.lastPathComponent))
        }
        let earlier = chain.runtimes.map(\.plugin).prefix { $0.name != plugin.name }
        do throws(LuaError) {
            let lua = try LuaState(limits: limits)
            try BaocaoModule.install(in: lua, plugin: plugin, earlier: Array(earlier), context: chain.context)
            lua.define("schedule", in: "__test_host") { [chain] values throws(LuaFunctionError) in
                try Self.schedule(LuaArguments(values, "schedule"), chain: chain)
            }
            let main: String
            do { main = try plugin.readOwnFile(plugin.manifest.main) } catch { return failure(plugin.refusal(error, of: plugin.manifest.main)) }
            let (tests, _) = try lua.runKeepingResult(Self.prelude, chunkName: "=baocao.test")
            _ = try lua.call("load_plugin", in: tests, [.string(main), .string("@" + plugin.displayMain)])
            try lua.run(source, chunkName: "@" + display)
            let count = try lua.call("count", in: tests, []).first?.intValue ?? 0
            return (0..<count).map { index in
                chain.startCommand() // each test is a command of its own: the chain's totals start afresh
                do throws(LuaError) {
                    let results = try lua.call("run", in: tests, [.integer(Int64(index + 1))])
                    let name = results.first?.stringValue ?? "test \(index + 1)"
                    let message = results.count > 1 ? results[1].stringValue : nil
                    return PluginTestResult(file: display, name: name, passed: message == nil, message: message)
                } catch {
                    return PluginTestResult(file: display, name: "test \(index + 1)", passed: false, message: error.message)
                }
            }
        } catch {
            return failure(error.message)
        }
    }

    static func schedule(_ args: LuaArguments, chain: PluginChain) throws(LuaFunctionError) -> [LuaValue] {
        guard let options = args[0].tableValue else { throw args.fail(0, "a table {from = '2023-01-01', to = '2023-12-31', unit = …}") }
        let options2 = LuaArguments([options["from"], options["to"], options["unit"]], "schedule")
        let (from, to) = (try options2.date(0), try options2.date(1))
        let unit = options["unit"].stringValue
        let workspace = chain.context.workspace
        let schedule = Scheduler(workspace: workspace, rules: chain).schedule(from: from, to: to, unit: unit)
        if let problem = schedule.problems.first {
            throw LuaFunctionError("schedule: \(problem)")
        }
        let reports: [LuaValue] = schedule.reports.map { report in
            .table(LuaTable(fields: [
                "directive": .string(report.directive),
                "obligation": .string(report.obligation),
                "unit": .string(report.unit),
                "period": .string(report.period.period.description),
                "cutoff_from": .string(report.period.cutoffFrom.description),
                "cutoff_to": .string(report.period.cutoffTo.description),
                "deadline": .optional(report.deadline?.description),
                "routes": .table(LuaTable(array: report.routes.map { route in
                    .table(LuaTable(fields: ["to": .string(route.to), "through": .optional(route.through?.id)]))
                })),
                "decided_by": .table(LuaTable(fields: report.decidedBy.mapValues(LuaValue.string))),
            ]))
        }
        return [.table(LuaTable(array: reports))]
    }

    /// The test module: trusted Lua that runs before the test file.
    static let prelude = #"""
    local host = __test_host
    __test_host = nil
    local tests = {}

    local function show(value)
      if type(value) == "string" then return string.format("%q", value) end
      if type(value) ~= "table" and type(value) ~= "userdata" then return tostring(value) end
      local parts, n = {}, 0
      for k, v in pairs(value) do
        n = n + 1
        if n > 8 then parts[#parts + 1] = "…" break end
        parts[#parts + 1] = tostring(k) .. " = " .. show(v)
      end
      return "{" .. table.concat(parts, ", ") .. "}"
    end

    local function same(a, b)
      if a == b then return true end
      local ta, tb = type(a), type(b)
      if (ta ~= "table" and ta ~= "userdata") or (tb ~= "table" and tb ~= "userdata") then return false end
      for k, v in pairs(a) do if not same(v, b[k]) then return false end end
      for k in pairs(b) do if a[k] == nil then return false end end
      return true
    end

    local function prefix(what) return what and (what .. ": ") or "" end

    expect = {
      equal = function(actual, expected, what)
        if actual ~= expected then error(prefix(what) .. "expected " .. show(expected) .. ", got " .. show(actual), 2) end
      end,
      same = function(actual, expected, what)
        if not same(actual, expected) then error(prefix(what) .. "expected " .. show(expected) .. ", got " .. show(actual), 2) end
      end,
      truthy = function(value, what)
        if not value then error(prefix(what) .. "expected a true value, got " .. show(value), 2) end
      end,
      falsy = function(value, what)
        if value then error(prefix(what) .. "expected false or nil, got " .. show(value), 2) end
      end,
      fails = function(fn, text, what)
        local ok, message = pcall(fn)
        if ok then error(prefix(what) .. "expected an error, but the function returned", 2) end
        if text and not tostring(message):find(text, 1, true) then
          error(prefix(what) .. "expected an error containing " .. show(text) .. ", got " .. show(message), 2)
        end
      end,
    }

    function test(name, fn)
      if type(name) ~= "string" or type(fn) ~= "function" then
        error("usage: test('what it checks', function() … end)", 2)
      end
      tests[#tests + 1] = { name = name, fn = fn }
    end

    schedule = host.schedule

    return {
      load_plugin = function(source, chunkname)
        local chunk = assert(load(source, chunkname, "t"))
        plugin = chunk()
      end,
      count = function() return #tests end,
      run = function(index)
        local t = tests[index]
        local ok, message = pcall(t.fn)
        if ok then return t.name end
        return t.name, tostring(message)
      end,
    }
    """#
}
