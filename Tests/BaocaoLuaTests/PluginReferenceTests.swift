import BaocaoCore
import Foundation
import Testing
@testable import BaocaoLua

/// Runs every ```` ```lua example ```` block of `Documentation/PluginReference.md` the way the
/// manual promises: inside a plugin's sandbox (as the plugin `tay-ninh`, with `national` before it
/// in the chain, so `require "national.cutoff"` works), against the workspace `examples/tay-ninh`
/// with its real plugins loaded. Each example checks itself with `assert`; a failure names the
/// markdown line and Lua's message.
@Suite("Plugin reference manual")
struct PluginReferenceTests {
    /// One runnable example of the manual.
    struct Example: Sendable, CustomTestStringConvertible {
        /// The line of the opening fence in the markdown file (1-based).
        let line: Int
        let code: String

        var testDescription: String { "PluginReference.md:\(line)" }
    }

    /// What the example logs with `print` and `baocao.log`, shown when it fails.
    final class Log { var entries: [PluginLogEntry] = [] }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let manualPath = "Documentation/PluginReference.md"
    static let manual = root.appendingPathComponent(manualPath)
    static let workspaceFolder = root.appendingPathComponent("examples/tay-ninh").path

    /// The ```` ```lua example ```` blocks of `markdown`. Only that exact info string counts:
    /// plain ```` ```lua ```` blocks are fragments, not meant to run alone.
    static func examples(in markdown: String) -> [Example] {
        var examples: [Example] = []
        var open: (line: Int, fence: String, lines: [String])?
        for (offset, rawLine) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(rawLine)
            if var block = open {
                if line.trimmingCharacters(in: .whitespaces) == block.fence {
                    examples.append(Example(line: block.line, code: block.lines.joined(separator: "\n")))
                    open = nil
                } else {
                    block.lines.append(line)
                    open = block
                }
            } else if line.hasPrefix("```") {
                let fence = String(line.prefix { $0 == "`" })
                let info = line.dropFirst(fence.count).trimmingCharacters(in: .whitespaces)
                if info == "lua example" { open = (offset + 1, fence, []) }
            }
        }
        return examples
    }

    static func loadExamples() -> [Example] {
        guard let text = try? String(contentsOf: manual, encoding: .utf8) else { return [] }
        return examples(in: text)
    }

    /// The workspace, loaded once; each example gets its own chain and state.
    static let workspace: Result<Workspace, WorkspaceError> = Result { () throws(WorkspaceError) in
        try WorkspaceLoader(path: workspaceFolder).load()
    }

    @Test("The manual has at least 12 runnable examples")
    func count() throws {
        let text = try String(contentsOf: Self.manual, encoding: .utf8)
        let examples = Self.examples(in: text)
        #expect(examples.count >= 12, "found \(examples.count) ```lua example blocks in \(Self.manualPath)")
        let fences = text.split(separator: "\n").filter { $0.hasPrefix("```") && $0.contains("example") }
        #expect(fences.count == examples.count, "a fence mentions 'example' but is not exactly ```lua example: \(fences)")
    }

    /// The sections that must show at least one runnable example: every hook, every part of the
    /// `baocao` module, `require`, views, the sandbox and failures.
    static let sectionsWithExamples = [
        "What a plugin is", "The chain", "calendar", "periods", "route", "deadline", "When a plugin fails",
        "document", "Fields", "baocao.date", "baocao.period", "baocao.calendar", "baocao.units", "baocao.document",
        "baocao.log and print",
        "require", "Views", "The sandbox", "import",
    ]

    /// The headings of `markdown` outside code blocks: (line, level, title).
    static func headings(in markdown: String) -> [(line: Int, level: Int, title: String)] {
        var result: [(Int, Int, String)] = []
        var fence: String?
        for (offset, line) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("```") {
                let ticks = String(line.prefix { $0 == "`" })
                if fence == nil { fence = ticks } else if line.trimmingCharacters(in: .whitespaces) == fence { fence = nil }
                continue
            }
            guard fence == nil, line.hasPrefix("#") else { continue }
            let level = line.prefix { $0 == "#" }.count
            guard line.dropFirst(level).hasPrefix(" ") else { continue }
            result.append((offset + 1, level, line.dropFirst(level + 1).trimmingCharacters(in: .whitespaces)))
        }
        return result
    }

    @Test("Every hook and every part of the baocao module has a runnable example")
    func coverage() throws {
        let text = try String(contentsOf: Self.manual, encoding: .utf8)
        let examples = Self.examples(in: text)
        let headings = Self.headings(in: text)
        let totalLines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        for title in Self.sectionsWithExamples {
            guard let index = headings.firstIndex(where: { $0.title == title && $0.level >= 2 }) else {
                Issue.record("\(Self.manualPath) has no section '\(title)'")
                continue
            }
            let heading = headings[index]
            let end = headings[(index + 1)...].first { $0.level <= heading.level }?.line ?? totalLines + 1
            #expect(examples.contains { heading.line < $0.line && $0.line < end },
                    "section '\(title)' (\(Self.manualPath):\(heading.line)) has no ```lua example block")
        }
    }

    @Test("Each runnable example passes", arguments: loadExamples())
    func example(_ example: Example) throws {
        let workspace = try Self.workspace.get()
        let log = Log()
        let context = PluginContext(workspace: workspace) { log.entries.append($0) }
        let locator = PluginLocator(workspaceFolder: Self.workspaceFolder, pluginPaths: workspace.pluginPaths)
        let chain = try PluginChain(workspace: workspace, locator: locator, context: context)
        let plugin = try #require(chain.runtimes.first { $0.name == "tay-ninh" }?.plugin)
        let earlier = chain.runtimes.map(\.plugin).prefix { $0.name != plugin.name }

        let lua = try LuaState()
        try BaocaoModule.install(in: lua, plugin: plugin, earlier: Array(earlier), context: chain.context)
        // Blank lines before the code make Lua's line numbers those of the markdown file.
        let code = String(repeating: "\n", count: example.line) + example.code
        do {
            try lua.run(code, chunkName: "@" + Self.manualPath)
        } catch {
            let location = SourceLocation(fileID: Self.manualPath, filePath: Self.manual.path, line: example.line, column: 1)
            let lines = log.entries.map { "\n  [\($0.plugin)] \($0.level.rawValue): \($0.message)" }.joined()
            Issue.record("the example at \(Self.manualPath):\(example.line) failed: \(error.message)\(lines.isEmpty ? "" : "\nit logged:" + lines)",
                         sourceLocation: location)
        }
        let problems = chain.takeProblems()
        #expect(problems.isEmpty, "the example at \(Self.manualPath):\(example.line) left rule problems: \(problems)")
    }
}
