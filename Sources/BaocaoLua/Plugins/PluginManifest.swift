import BaocaoCore
import Foundation
import Yams

/// What `plugin.yaml` says about a plugin:
///
/// ```yaml
/// name: tay-ninh
/// version: 1.0.0
/// api: 1                      # the baocao module's API level the plugin is written for
/// description: Tây Ninh's reporting rules (Kế hoạch 439/KH-LĐLĐ)
/// hooks: [route, deadline]    # the hook functions plugin.lua returns
/// pure: [deadline]            # optional: hooks whose answer baocao may reuse (see ``pureHooks(folder:)``)
/// after: [national]           # plugins that must come before it in the chain
/// main: plugin.lua            # optional; plugin.lua by default
/// tests: ../../examples/tay-ninh   # the workspace its tests run against
/// ```
public struct PluginManifest: Sendable, Hashable {
    static let keys = ["name", "version", "api", "description", "hooks", "pure", "after", "main", "tests"]
    /// The hooks a plugin may declare pure.
    public static let cacheableHooks: [HookName] = [.deadline]

    public var name: String
    public var version: String
    public var api: Int
    public var description: String?
    public var hooks: [HookName]
    public var after: [String]
    /// The main Lua file, relative to the plugin folder.
    public var main: String
    /// The workspace the plugin's tests run against, relative to the plugin folder.
    public var testWorkspace: String?

    /// Reads `plugin.yaml` in `folder` (shown as `displayFolder` in messages).
    /// - Throws: ``PluginError/manifest(_:)`` with every problem, located by file, line and column.
    public static func read(folder: URL, displayFolder: String) throws(PluginError) -> PluginManifest {
        let log = DiagnosticLog()
        let path = displayFolder + "/plugin.yaml"
        let url = folder.appendingPathComponent("plugin.yaml")
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw .manifest([Diagnostic(SourceLocation(file: path, line: 1, column: 1),
                                        "the plugin folder has no plugin.yaml; it needs name, version, api and hooks")])
        }
        let file = YAMLFile(url: url, path: path, log: log)
        guard let root = file.root,
              let top = file.attempt({ () throws(Diagnostic) in try file.mapping(root, what: "plugin.yaml", keys: keys) })
        else {
            if log.isEmpty { log.add(file.location(nil), "plugin.yaml is empty; it needs name, version, api and hooks") }
            throw .manifest(log.sorted)
        }
        let name = top.required("name", hint: "the plugin's name, the same as its folder's", file.identifier)
        let version = top.required("version", hint: "such as 1.0.0", file.text)
        let api = top.required("api", hint: "the baocao API level it is written for, such as \(BaocaoModule.apiLevel)") {
            node throws(Diagnostic) -> Int in
            let text = try file.text(node)
            guard let level = Int(text), level >= 1 else {
                throw file.error(node, "'\(text)' is not an API level; write a whole number such as \(BaocaoModule.apiLevel)")
            }
            guard level <= BaocaoModule.apiLevel else {
                throw file.error(node, "API level \(level) is newer than this baocao supports (\(BaocaoModule.apiLevel)); update baocao or lower the level")
            }
            return level
        }
        let description = top.optional("description", file.text)
        let hooks = top.required("hooks", hint: "the hooks plugin.lua returns, such as [route, deadline]") {
            node throws(Diagnostic) -> [HookName] in
            try file.list(node) { item throws(Diagnostic) -> HookName in
                let text = try file.text(item)
                guard let hook = HookName(rawValue: text) else {
                    let names = HookName.allCases.map(\.rawValue)
                    let hint = YAMLFile.closest(to: text, in: names).map { "did you mean '\($0)'? " } ?? ""
                    throw file.error(item, "unknown hook '\(text)'; \(hint)the hooks are: \(names.joined(separator: ", "))")
                }
                return hook
            }
        }
        let pureNames = top.optional("pure") { node throws(Diagnostic) in try file.list(node, file.identifier) } ?? []
        for text in pureNames {
            if let hook = HookName(rawValue: text), Self.cacheableHooks.contains(hook) {
                if let hooks, !hooks.contains(hook) {
                    top.report("pure", "'\(text)' is declared pure but is not among the hooks; add it to hooks or remove it here")
                }
            } else {
                top.report("pure", "'\(text)' cannot be declared pure; the hooks that can are: \(Self.cacheableHooks.map(\.rawValue).joined(separator: ", "))")
            }
        }
        let after = top.optional("after") { node throws(Diagnostic) in try file.list(node, file.identifier) } ?? []
        let main = top.optional("main") { node throws(Diagnostic) -> String in
            let text = try file.text(node)
            if let problem = Self.mainProblem(text) { throw file.error(node, problem) }
            return text
        } ?? "plugin.lua"
        let tests = top.optional("tests", file.text)
        if let name, name != folder.lastPathComponent {
            top.report("name", "the plugin is named '\(name)' but its folder is '\(folder.lastPathComponent)'; use the same name for both")
        }
        guard log.isEmpty, let name, let version, let api, let hooks else { throw .manifest(log.sorted) }
        return PluginManifest(name: name, version: version, api: api, description: description, hooks: hooks,
                              after: after, main: main, testWorkspace: tests)
    }

    /// What is wrong with `main`, if anything: it names a Lua file inside the plugin folder, by a
    /// relative path without `..` ("plugin.lua", "src/rules.lua").
    static func mainProblem(_ main: String) -> String? {
        if main.hasPrefix("/") || main.hasPrefix("~") {
            return "main '\(main)' is an absolute path; name the main file relative to the plugin folder, such as plugin.lua"
        }
        if main.split(separator: "/", omittingEmptySubsequences: false).contains("..") {
            return "main '\(main)' goes up with '..', out of the plugin folder; a plugin may only read its own files"
        }
        guard main.hasSuffix(".lua"), main.count > 4, !main.hasSuffix("/.lua") else {
            return "main '\(main)' is not a Lua file; name a .lua file of the plugin, such as plugin.lua"
        }
        return nil
    }

    /// The hooks the plugin in `folder` declares pure (`pure:` in its `plugin.yaml`, checked by
    /// ``read(folder:displayFolder:)``): a `deadline` hook whose answer depends only on the
    /// directive, the obligation, the period and its cut-off, the unit's level and kind, the
    /// reference date, the deadline so far and the receiver's deadline — not on the unit's id,
    /// name or routes, nor on anything remembered between calls. The chain calls it once per such
    /// combination and reuses the answer for every other unit.
    public static func pureHooks(folder: URL) -> Set<HookName> {
        guard let text = try? String(contentsOf: folder.appendingPathComponent("plugin.yaml"), encoding: .utf8),
              let top = (try? Yams.load(yaml: text)) as? [String: Any],
              let names = top["pure"] as? [String] else { return [] }
        return Set(names.compactMap(HookName.init(rawValue:)).filter(cacheableHooks.contains))
    }
}
