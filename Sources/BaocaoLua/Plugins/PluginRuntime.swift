import BaocaoCore
import Foundation

/// One plugin loaded into its own sandboxed ``LuaState``: its `baocao` module, its environment
/// and the table of hooks its main file returned.
///
/// Not thread-safe, like the state it owns: one runtime per plugin per thread.
public final class PluginRuntime {
    public let plugin: Plugin
    package let lua: LuaState
    private let hooks: LuaReference
    /// Where each hook function is defined: "plugins/tay-ninh/plugin.lua:12".
    public private(set) var definitions: [HookName: String] = [:]
    /// The hook functions, kept in the registry.
    private var functions: [HookName: LuaReference] = [:]

    /// Loads `plugin`: installs the `baocao` module, runs the main file and checks that the table
    /// it returns holds exactly the hooks `plugin.yaml` lists. `earlier` are the plugins before it
    /// in the chain, whose Lua files it may `require` ("national.cutoff").
    public init(plugin: Plugin, earlier: [Plugin] = [], context: PluginContext, limits: LuaLimits = .standard) throws(PluginError) {
        self.plugin = plugin
        let source: String
        do {
            source = try plugin.readOwnFile(plugin.manifest.main)
        } catch {
            throw .load(plugin: plugin.name, message: plugin.refusal(error, of: plugin.manifest.main) + "; plugin.yaml names it as the main file")
        }
        do {
            lua = try LuaState(limits: limits)
            try BaocaoModule.install(in: lua, plugin: plugin, earlier: earlier, context: context)
            let (reference, value) = try lua.runKeepingResult(source, chunkName: "@" + plugin.displayMain)
            guard case .table = value else {
                throw PluginError.hooks(plugin: plugin.name, file: plugin.displayMain,
                                        message: "the file returns \(value.typeName == "nil" ? "nothing" : "a \(value.typeName)"); it must end with 'return { \(plugin.manifest.hooks.map { "\($0.rawValue) = function(...) … end" }.joined(separator: ", ")) }'")
            }
            hooks = reference
        } catch let error as LuaError {
            throw .load(plugin: plugin.name, message: error.message)
        } catch let error as PluginError {
            throw error
        } catch {
            throw .load(plugin: plugin.name, message: "\(error)")
        }
        let returned = Set(lua.functionNames(in: hooks))
        for name in returned where HookName(rawValue: name) == nil {
            let hint = YAMLFile.closest(to: name, in: HookName.allCases.map(\.rawValue)).map { " Did you mean '\($0)'?" } ?? ""
            throw .hooks(plugin: plugin.name, file: plugin.displayMain,
                         message: "returns a function '\(name)', which is not a hook.\(hint) The hooks are: \(HookName.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        for hook in plugin.manifest.hooks where !returned.contains(hook.rawValue) {
            throw .hooks(plugin: plugin.name, file: plugin.displayMain,
                         message: "plugin.yaml lists the hook '\(hook.rawValue)', but the table the file returns has no function of that name")
        }
        for name in returned {
            guard let hook = HookName(rawValue: name) else { continue }
            guard plugin.manifest.hooks.contains(hook) else {
                throw .hooks(plugin: plugin.name, file: plugin.displayMain,
                             message: "returns the hook '\(name)', which plugin.yaml does not list under hooks; add it there")
            }
            definitions[hook] = lua.definition(of: name, in: hooks)
            functions[hook] = lua.function(name, in: hooks)
        }
    }

    /// The plugin's name.
    public var name: String { plugin.name }

    /// Whether the plugin provides `hook`.
    public func provides(_ hook: HookName) -> Bool { definitions[hook] != nil }

    /// Calls `hook` with `arguments` under the sandbox's limits and returns its first result.
    /// - Throws: ``LuaError`` with the file and line where the hook failed or was stopped.
    public func call(_ hook: HookName, _ arguments: [LuaValue]) throws(LuaError) -> LuaValue {
        guard let function = functions[hook] else { return .nil }
        return try lua.call(function, arguments, results: 1).first ?? .nil
    }

    private var kept: [String: LuaValue] = [:]

    /// The value `make` builds, kept in this plugin's state under `key` and pushed from there on
    /// later calls. For views many calls share (a directive, an obligation, a period): few, so
    /// the kept values stay small.
    func kept(_ key: String, _ make: () -> LuaValue) -> LuaValue {
        if let value = kept[key] { return value }
        let value = lua.keep(make())
        kept[key] = value
        return value
    }

    /// The one view consecutive calls share that changes from one run to the next (the
    /// submissions every score call of a report is handed), kept while the calls give the same
    /// submissions; others release the one before, so that a long-running portal keeps one such
    /// view at most.
    private var reused: (hook: HookName, submissions: [Submission], value: LuaValue)?

    /// The view `make` builds of `submissions`, kept in this plugin's state and pushed from there
    /// while later calls of `hook` give the same submissions. The array is kept beside it, so
    /// that the comparison is exact: the same storage compares equal at once, and other
    /// submissions compare element by element.
    func reused(_ hook: HookName, _ submissions: [Submission], _ make: () -> LuaValue) -> LuaValue {
        if let reused, reused.hook == hook, reused.submissions == submissions { return reused.value }
        if let old = reused { lua.release(old.value) }
        let value = lua.keep(make())
        reused = (hook, submissions, value)
        return value
    }

    /// Bytes the plugin's state holds now.
    public var memoryInUse: Int { lua.memoryInUse }
}
