import BaocaoCore
import BaocaoLua
import Foundation

/// Plugin chains to lend to callers, one caller at a time each: a `lua_State` is not thread-safe,
/// so every concurrent call gets a chain of its own, and chains are kept for the next call.
final class PluginPool: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: [PluginChain] = []
    private let make: @Sendable () throws(PluginError) -> PluginChain
    /// Chains kept idle at most; more are made when more calls run at once, then dropped.
    private let keep: Int

    init(keep: Int = max(2, ProcessInfo.processInfo.activeProcessorCount), make: @escaping @Sendable () throws(PluginError) -> PluginChain) {
        self.keep = keep
        self.make = make
    }

    /// Runs `body` with a chain no other call is using; the problems its hooks had are returned
    /// beside the value and never leak into the next call.
    func withChain<Value>(_ body: (PluginChain) throws -> Value) throws -> (Value, [RuleProblem]) {
        let chain = try take()
        defer { give(chain) }
        chain.startCommand()
        let value = try body(chain)
        return (value, chain.takeProblems())
    }

    /// ``withChain(_:)`` with `count` chains at once (at least one), for work split among cores;
    /// the problems of all of them come back.
    func withChains<Value>(_ count: Int, _ body: ([PluginChain]) throws -> Value) throws -> (Value, [RuleProblem]) {
        var chains: [PluginChain] = []
        defer { chains.forEach(give) }
        for _ in 0..<max(1, count) { chains.append(try take()) }
        chains.forEach { $0.startCommand() }
        let value = try body(chains)
        return (value, chains.flatMap { $0.takeProblems() })
    }

    private func take() throws(PluginError) -> PluginChain {
        lock.lock()
        if let chain = idle.popLast() {
            lock.unlock()
            return chain
        }
        lock.unlock()
        return try make()
    }

    private func give(_ chain: PluginChain) {
        lock.lock()
        defer { lock.unlock() }
        if idle.count < keep { idle.append(chain) }
    }

    /// Puts a chain made elsewhere (the one made to check the plugins) into the pool.
    func add(_ chain: PluginChain) { give(chain) }
}
