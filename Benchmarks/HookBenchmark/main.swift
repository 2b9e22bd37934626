// hook-benchmark: what one plugin hook call costs, from the raw C API to the sandboxed bridge with
// read-only views. All variants call the same Lua function with the same argument: (a)-(d) build
// the whole argument per call; (e) and (f) keep the nested tables in the state, as the plugin chain
// keeps the directive, obligation and period views that many calls share.
//
//   swift build -c release --scratch-path .build-bench --product hook-benchmark
//   .build-bench/release/hook-benchmark [calls-per-repetition] [variants, such as "abcd"]

import BaocaoLua
import CLuaRawBench
import CLuaShim
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: The hook and its argument

let chunk = """
    return {
        deadline = function(due)
            if due == nil then return "2023-11-01" end
            if due.receiver_deadline and due.receiver_deadline < due.deadline then
                return due.receiver_deadline
            end
            return nil
        end,
    }
    """
let expected = "2023-11-01"

/// The argument of every call; the same fields and text as `push_argument` in CLuaRawBench.c.
/// With `keep`, the nested tables are kept in the state once (as `PluginChain` keeps the views many
/// calls share) and only the outer table is built per call.
func argument(views: Bool, keep: ((LuaValue) -> LuaValue)? = nil) -> LuaValue {
    func table(_ kind: String, _ fields: [String: LuaValue]) -> LuaValue {
        .table(views ? .view(kind, fields) : LuaTable(fields: fields))
    }
    let period = table("period", ["id": "2023-Q3", "first_day": "2023-07-01", "last_day": "2023-09-30"])
    let unit = table("unit", ["id": "xa-tan-lap", "name": "Xã Tân Lập", "level": "commune"])
    return table("due report", [
        "deadline": "2023-11-05",
        "receiver_deadline": "2023-11-01",
        "reference_date": "2023-10-01",
        "period": keep?(period) ?? period,
        "unit": keep?(unit) ?? unit,
    ])
}

// MARK: Timing

/// `hook-benchmark [calls] [variants]`: calls per repetition (200,000) and which of the variants
/// a, b, c, d to run ("abcd"); fewer calls and one variant are for profiling.
let options = Array(CommandLine.arguments.dropFirst())
let calls = options.first.flatMap { Int($0) }.map { max($0, 1) } ?? 200_000
let selected = Set(options.count > 1 ? options[1].lowercased() : "abcdefgh")
let repetitions = 5

func now() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
}

func fail(_ message: String) -> Never {
    var line = "hook-benchmark: \(message)\n"
    _ = line.withUTF8 { write(2, $0.baseAddress, $0.count) }
    exit(1)
}

/// Best nanoseconds per call over `repetitions` runs of `calls` calls, after one warm-up run of a
/// tenth of them. `body(n)` makes n calls and returns how many gave the expected string.
func measure(_ body: (Int) -> Int) -> Double {
    let warmUp = max(calls / 10, 1)
    guard body(warmUp) == warmUp else { fail("a warm-up call did not return \(expected)") }
    var best = Double.infinity
    for _ in 0..<repetitions {
        let start = now()
        let hits = body(calls)
        let elapsed = now() - start
        guard hits == calls else { fail("only \(hits) of \(calls) calls returned \(expected)") }
        best = min(best, Double(elapsed) / Double(calls))
    }
    return best
}

/// The text of a NUL-terminated C buffer.
func text(of buffer: [CChar]) -> String {
    buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
}

// MARK: The four variants

func raw(kept: Bool = false, noArgument: Bool = false) -> Double {
    guard let bench = baocao_rawbench_open(chunk, "deadline") else { fail("cannot set up the raw C baseline") }
    defer { baocao_rawbench_close(bench) }
    var buffer = [CChar](repeating: 0, count: 64)
    guard baocao_rawbench_sample(bench, &buffer, UInt(buffer.count)) == 0,
          text(of: buffer) == expected else { fail("the raw C hook returns \(text(of: buffer))") }
    return measure { n in baocao_rawbench_run_kept(bench, n, noArgument ? 2 : kept ? 1 : 0) }
}

func bridge(limits: LuaLimits, views: Bool, kept: Bool = false, noArgument: Bool = false) -> Double {
    do throws(LuaError) {
        let lua = try LuaState(limits: limits)
        let (hooks, _) = try lua.runKeepingResult(chunk, chunkName: "@benchmark/plugin.lua")
        let arguments = noArgument ? [] : [argument(views: views, keep: kept ? lua.keep : nil)]
        guard let deadline = lua.function("deadline", in: hooks) else { fail("no deadline hook") }
        let sample = try lua.call(deadline, arguments)
        guard sample == [.string(expected)] else { fail("the bridge's hook returns \(sample)") }
        return measure { n in
            var hits = 0
            for _ in 0..<n {
                do throws(LuaError) {
                    if case .string = try lua.call(deadline, arguments).first { hits += 1 }
                } catch {
                    fail("a hook call failed: \(error.message)")
                }
            }
            return hits
        }
    } catch {
        fail("cannot set up the bridge: \(error.message)")
    }
}

// MARK: Report

func machineInfo() -> (machine: String, system: String) {
    var name = utsname()
    _ = uname(&name)
    func text<T>(_ field: T) -> String {
        withUnsafeBytes(of: field) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    }
    return (text(name.machine), text(name.sysname) + " " + text(name.release))
}

func cpuModel() -> String {
    guard let file = fopen("/proc/cpuinfo", "r") else { return "unknown" }
    defer { fclose(file) }
    var line = [CChar](repeating: 0, count: 1024)
    while fgets(&line, Int32(line.count), file) != nil {
        let entry = text(of: line)
        for key in ["model name", "Hardware", "cpu model"] where entry.hasPrefix(key) {
            if let colon = entry.firstIndex(of: ":") {
                return String(entry[entry.index(after: colon)...].drop { $0 == " " || $0 == "\t" }.trimmingTrailingNewlines())
            }
        }
    }
    return "unknown"
}

extension Substring {
    func trimmingTrailingNewlines() -> Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)].isNewline { end = index(before: end) }
        return self[startIndex..<end]
    }
}

func format(_ value: Double, decimals: Int) -> String {
    var buffer = [CChar](repeating: 0, count: 32)
    _ = withVaList([value]) { vsnprintf(&buffer, buffer.count, "%.\(decimals)f", $0) }
    return text(of: buffer)
}

func padded(_ text: String, _ width: Int, left: Bool = false) -> String {
    let gap = String(repeating: " ", count: max(width - text.count, 0))
    return left ? text + gap : gap + text
}

let system = machineInfo()
print("hook-benchmark: one plugin hook call ('deadline', a table argument with two nested tables)")
print("machine   \(system.machine), \(sysconf(Int32(_SC_NPROCESSORS_ONLN))) cores, \(cpuModel()), \(system.system)")
print("lua       \(LuaState.release) (liblua5.4, version number \(Int(lua_version(nil))))")
print("method    best of \(repetitions) x \(calls) calls after a warm-up of \(max(calls / 10, 1)), CLOCK_MONOTONIC")
print("")

let a = selected.contains("a") ? raw() : nil
let b = selected.contains("b") ? bridge(limits: .unlimited, views: false) : nil
let c = selected.contains("c") ? bridge(limits: .standard, views: false) : nil
let d = selected.contains("d") ? bridge(limits: .standard, views: true) : nil
let e = selected.contains("e") ? raw(kept: true) : nil
let f = selected.contains("f") ? bridge(limits: .standard, views: true, kept: true) : nil
let g = selected.contains("g") ? raw(noArgument: true) : nil
let h = selected.contains("h") ? bridge(limits: .standard, views: false, noArgument: true) : nil

let rows: [(String, Double?)] = [
    ("(a) raw C API, luaL_newstate, no sandbox", a),
    ("(b) bridge, LuaLimits.unlimited, plain tables", b),
    ("(c) bridge, LuaLimits.standard, plain tables", c),
    ("(d) bridge, LuaLimits.standard, read-only views", d),
    ("(e) raw C API, nested tables kept in the registry", e),
    ("(f) bridge, standard, views, nested views kept", f),
    ("(g) raw C API, no argument (fixed cost)", g),
    ("(h) bridge, standard, no argument (fixed cost)", h),
]
print(padded("variant", 50, left: true) + padded("ns/call", 10) + padded("calls/s", 12))
for case let (name, ns?) in rows {
    print(padded(name, 50, left: true) + padded(format(ns, decimals: 0), 10) + padded(format(1e9 / ns, decimals: 0), 12))
}
func ratio(_ top: Double?, _ bottom: Double?) -> Double? {
    guard let top, let bottom else { return nil }
    return top / bottom
}
let ratios: [(String, Double?, String)] = [
    ("bridge vs raw      (b)/(a)", ratio(b, a), "goal <= 1.50x"),
    ("sandbox overhead   (c)/(b)", ratio(c, b), "goal <= 1.25x"),
    ("views overhead     (d)/(c)", ratio(d, c), ""),
    ("total vs raw       (d)/(a)", ratio(d, a), ""),
    ("as the chain calls (f)/(e)", ratio(f, e), "goal <= 1.50x"),
    ("fixed cost         (h)/(g)", ratio(h, g), ""),
]
if ratios.contains(where: { $0.1 != nil }) { print("") }
for case let (name, value?, goal) in ratios {
    print(padded(name, 50, left: true) + padded(format(value, decimals: 2) + "x", 10) + (goal.isEmpty ? "" : "   " + goal))
}
