import BaocaoCore

/// The problems a chain's hooks had during one command, kept within bounds: each message cut to
/// ``LuaText/messageLimit`` bytes, and at most ``perHook`` problems of one plugin's hook listed,
/// the rest counted in one closing line. A hook that fails for each of a national year's 1.5
/// million reports gives a page of problems and a count, not a gigabyte.
struct ProblemLog {
    /// Problems of one plugin's hook listed in full; more are counted.
    static let perHook = 200

    private var listed: [RuleProblem] = []
    private var counts: [HookKey: Int] = [:]

    private struct HookKey: Hashable {
        var plugin: String
        var hook: String
    }

    var isEmpty: Bool { listed.isEmpty }

    /// Records `problem`, cut to size, or only counts it when its hook has had ``perHook`` already.
    mutating func append(_ problem: RuleProblem) {
        let key = HookKey(plugin: problem.plugin, hook: problem.hook)
        let count = counts[key, default: 0] + 1
        counts[key] = count
        guard count <= Self.perHook else { return }
        var problem = problem
        problem.message = LuaText.cut(problem.message)
        problem.traceback = problem.traceback.map { LuaText.cut($0, limit: 4 * LuaText.messageLimit) }
        problem.subject = problem.subject.map { LuaText.cut($0, limit: 256) }
        listed.append(problem)
    }

    /// The problems recorded since the last call, with a line for each hook whose further
    /// problems were only counted; starts afresh.
    mutating func take() -> [RuleProblem] {
        defer {
            listed = []
            counts = [:]
        }
        var problems = listed
        for (key, count) in counts.sorted(by: { ($0.key.plugin, $0.key.hook) < ($1.key.plugin, $1.key.hook) }) where count > Self.perHook {
            problems.append(RuleProblem(plugin: key.plugin, hook: key.hook,
                                        message: "\(count - Self.perHook) more problems of this hook were left out; the first \(Self.perHook) of \(count) are listed"))
        }
        return problems
    }
}
