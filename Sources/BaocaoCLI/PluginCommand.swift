import ArgumentParser
import Baocao
import Foundation

/// `baocao plugin …`: commands for plugin authors.
struct PluginCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugin",
        abstract: "Work on plugins: run a plugin's own tests.",
        subcommands: [PluginTestCommand.self]
    )
}

/// `baocao plugin test <plugin>`: runs `tests/*.lua` of a plugin against its test workspace.
struct PluginTestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run a plugin's tests (its tests/*.lua files).",
        discussion: """
            <plugin> is a plugin folder (holding plugin.yaml) or a plugin's name, looked for in
            ./plugins and in each --plugin-path. The tests run against the workspace named by
            --workspace, or by 'tests:' in plugin.yaml, with that workspace's whole plugin chain
            and this folder's version of the plugin. Prints one line per test and a closing
            'N passed, M failed'; exits 1 when a test fails.
            """
    )

    @Argument(help: "A plugin folder, or a plugin's name.")
    var plugin: String

    @Option(help: "The workspace the tests run against (default: 'tests:' in plugin.yaml).")
    var workspace: String?

    @Option(name: .customLong("plugin-path"), help: "Another folder to look for plugins in.")
    var pluginPaths: [String] = []

    func run() throws {
        let found = try locate()
        guard let workspacePath = workspace ?? found.manifest.testWorkspace.map({
            PluginLocator.normalise(found.displayFolder + "/" + $0)
        }) else {
            printError("\(found.displayFolder)/plugin.yaml: no test workspace; add 'tests: <workspace folder>' to plugin.yaml or pass --workspace")
            throw ExitCode(1)
        }
        // This folder's version of the plugin comes first, whatever the workspace's paths say.
        let parent = String(found.displayFolder.dropLast(found.manifest.name.count + 1))
        let loaded = try LoadedWorkspace(path: workspacePath, extraPluginPaths: [parent.isEmpty ? "." : parent] + pluginPaths)
        guard loaded.workspace.plugins.contains(found.name) else {
            printError("\(workspacePath)/workspace.yaml: the chain [\(loaded.workspace.plugins.joined(separator: ", "))] does not hold '\(found.name)'; test it against a workspace that uses it")
            throw ExitCode(1)
        }
        let outcome = try loaded.service.withPlugins { chain -> [PluginTestResult]? in
            let runner = PluginTestRunner(plugin: found, chain: chain)
            return runner.testFiles.isEmpty ? nil : runner.run()
        }
        guard let results = outcome.value else {
            printError("\(found.displayFolder)/tests: no test files; add tests/*.lua (see Documentation/PluginReference.md)")
            throw ExitCode(1)
        }
        for result in results {
            if result.passed {
                print("PASS  \(result.file)  \(result.name)")
            } else {
                print("FAIL  \(result.file)  \(result.name)\n      \(result.message ?? "")")
            }
        }
        let failed = results.filter { !$0.passed }.count
        print("\(found.name): \(results.count - failed) passed, \(failed) failed")
        if failed > 0 { throw ExitCode(1) }
    }

    private func locate() throws -> Plugin {
        let asFolder = URL(fileURLWithPath: plugin, isDirectory: true)
        do {
            if FileManager.default.fileExists(atPath: asFolder.appendingPathComponent("plugin.yaml").path) {
                let display = plugin.count > 1 && plugin.hasSuffix("/") ? String(plugin.dropLast()) : plugin
                return try Plugin(folder: asFolder, displayFolder: display)
            }
            return try PluginLocator(searchPaths: pluginPaths + ["plugins"]).locate(plugin)
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
    }
}
