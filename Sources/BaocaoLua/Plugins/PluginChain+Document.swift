import BaocaoCore
import Foundation

extension PluginChain {
    /// The most blocks one block may become, and a document may hold, after a `document` hook.
    static let blocksPerBlock = 1_000
    static let blocksPerDocument = 20_000

    /// The plugins' folders in chain order; their `templates/` override the report's wording.
    public var templateFolders: [(plugin: String, folder: URL)] {
        runtimes.map { ($0.name, $0.plugin.folder) }
    }

    /// Runs every plugin's `document` hook over the document, in chain order, with pandoc's filter
    /// semantics: the hook is called with each block and a read-only `doc` (kind, directive,
    /// period, as_of, layout); nil keeps the block, a block replaces it, a list of blocks is
    /// spliced in its place (`{}` removes it).
    ///
    /// A plugin's pass is all or nothing: if its hook fails or returns something that is not a
    /// block, the problem is recorded with the plugin, file and line, and the document stays as the
    /// plugins before it left it.
    public func shape(_ document: OfficialDocument, context: DocumentContext) -> OfficialDocument {
        var current = document
        let directive = self.context.workspace.directive(context.directive)
        // Each report's figures: `doc.obligations`, so that a hook says only what is true.
        func names(_ list: [String]) -> LuaValue { .table(.list("units", list.map(LuaValue.string))) }
        let obligations = LuaValue.table(.list("obligations", context.obligations.map { figures in
            .table(.view("obligation", [
                "id": .string(figures.id), "title": .string(figures.title),
                "expected": .integer(Int64(figures.rate.expected)), "received": .integer(Int64(figures.rate.received)),
                "on_time": .integer(Int64(figures.rate.onTime)), "late": .integer(Int64(figures.rate.late)),
                "missing": .integer(Int64(figures.rate.missing)), "not_yet_due": .integer(Int64(figures.rate.notYetDue)),
                "late_units": names(figures.lateUnits), "missing_units": names(figures.missingUnits),
            ]))
        }))
        for runtime in runtimes where runtime.provides(.document) {
            let subject = "\(context.kind) of \(context.directive), \(context.period)"
            let doc = LuaValue.table(.view("document", [
                "kind": .string(context.kind),
                "directive": directive.map { directiveView($0, in: runtime) } ?? .nil,
                "period": ModelViews.period(context.period),
                "as_of": .string(context.asOf.description),
                "layout": .string(current.layout.rawValue),
                "count": .integer(Int64(current.blocks.count)),
                "obligations": obligations,
            ]))
            var shaped: [DocumentBlock] = []
            var failed = false
            for (position, block) in current.blocks.enumerated() {
                let result: LuaValue
                do {
                    var table = DocumentBlockCodec.lua(block)
                    if case .table(var fields) = table {
                        fields.fields["index"] = .integer(Int64(position + 1))
                        table = .table(fields)
                    }
                    result = try runtime.call(.document, [table, doc])
                } catch {
                    record(runtime, .document, error, subject: subject)
                    failed = true
                    break
                }
                if result == .nil { shaped.append(block); continue }
                let items: [LuaValue]
                if let table = result.tableValue, table["type"] == .nil {
                    items = table.array  // a list to splice; {} removes the block
                } else {
                    items = [result]
                }
                if items.count > Self.blocksPerBlock || shaped.count + items.count > Self.blocksPerDocument {
                    let location = runtime.definitions[.document].map { "\($0): " } ?? ""
                    problems.append(RuleProblem(plugin: runtime.name, hook: HookName.document.rawValue,
                                                message: location + "the hook made \(shaped.count + items.count) blocks; a document may have at most \(Self.blocksPerDocument), and one block may become at most \(Self.blocksPerBlock); the plugin's changes to the document were dropped", subject: subject))
                    failed = true
                    break
                }
                for item in items {
                    switch DocumentBlockCodec.block(item) {
                    case .success(let block): shaped.append(block)
                    case .failure(let problem):
                        let location = runtime.definitions[.document].map { "\($0): " } ?? ""
                        problems.append(RuleProblem(plugin: runtime.name, hook: HookName.document.rawValue,
                                                    message: location + problem.message + "; the plugin's changes to the document were dropped", subject: subject))
                        failed = true
                    }
                    if failed { break }
                }
                if failed { break }
            }
            if !failed { current.blocks = shaped }
        }
        return current
    }
}
