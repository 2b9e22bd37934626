import BaocaoCore
import Foundation
import Mustache

/// The report's Mustache templates: the built-in ones, each replaced by the file of the same name
/// in the `templates/` folder of the last plugin that has one.
struct ReportTemplates {
    struct Source {
        var text: String
        /// "built-in", or the file's path as the plugin's folder names it.
        var origin: String
        /// The plugin the file comes from; nil for the built-in wording.
        var plugin: String?
    }

    private(set) var sources: [String: Source] = [:]
    private(set) var problems: [RuleProblem] = []

    init(folders: [(plugin: String, folder: URL)]) {
        for (name, text) in DefaultTemplates.all { sources[name] = Source(text: text, origin: "built-in", plugin: nil) }
        let manager = FileManager.default
        for (plugin, folder) in folders {
            let templates = folder.appendingPathComponent("templates")
            guard let names = try? manager.contentsOfDirectory(atPath: templates.path) else { continue }
            for file in names.sorted() where file.hasSuffix(".mustache") {
                let name = String(file.dropLast(".mustache".count))
                let path = "\(folder.lastPathComponent)/templates/\(file)"
                guard DefaultTemplates.all[name] != nil else {
                    problems.append(RuleProblem(plugin: plugin, hook: "template",
                        message: "\(path): the report has no template '\(name)'; its templates are \(DefaultTemplates.all.keys.sorted().joined(separator: ", "))"))
                    continue
                }
                let text: String
                do throws(ConfinedFile.Refusal) {
                    // From its real path, and only when that is inside the plugin's folder.
                    text = try ConfinedFile.read("templates/" + file, in: folder)
                } catch .outside(let realPath, _) {
                    problems.append(RuleProblem(plugin: plugin, hook: "template",
                        message: "\(path): resolves to \(realPath), outside the plugin folder \(folder.lastPathComponent); a plugin may only read its own files"))
                    continue
                } catch {
                    problems.append(RuleProblem(plugin: plugin, hook: "template", message: "\(path): cannot be read as UTF-8 text"))
                    continue
                }
                sources[name] = Source(text: text, origin: path, plugin: plugin)
            }
        }
    }

    /// `name` rendered with `context`. A template that does not parse is reported with its file,
    /// line and column, and the built-in wording is used in its place.
    mutating func render(_ name: String, _ context: [String: Any]) -> String {
        let source = sources[name]!
        do {
            // The pragma goes on the template's first line, so that line numbers stay the file's own.
            let template = try MustacheTemplate(string: Self.pragma + source.text)
            return template.render(context)
        } catch let error as MustacheTemplate.ParserError {
            let line = error.context.lineNumber
            let column = line == 1 ? max(1, error.context.columnNumber - Self.pragma.count) : error.context.columnNumber
            problems.append(RuleProblem(plugin: source.plugin ?? "built-in", hook: "template",
                message: "\(source.origin):\(line):\(column): \(Self.explain(error.error)); the built-in wording was used"))
        } catch {
            problems.append(RuleProblem(plugin: source.plugin ?? "built-in", hook: "template",
                message: "\(source.origin): the template does not parse (\(error)); the built-in wording was used"))
        }
        let fallback = try! MustacheTemplate(string: Self.pragma + DefaultTemplates.all[name]!)
        return fallback.render(context)
    }

    /// Text output: no HTML escaping (the writers escape for their format).
    static let pragma = "{{%CONTENT_TYPE:TEXT}}"

    /// The parser's error in plain words.
    static func explain(_ error: any Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?: "a section is closed ({{/…}}) with a name it was not opened with"
        case .unfinishedName?: "a tag is not finished: '}}' is missing"
        case .expectedSectionEnd?: "a section ({{#…}} or {{^…}}) is opened and never closed"
        case .invalidSetDelimiter?: "a delimiter change ({{=… …=}}) is badly written"
        case .unrecognisedConfigVariable?, .invalidConfigVariableSyntax?: "a {{%…}} setting is not one Mustache knows"
        default: "the template does not parse (\(error))"
        }
    }

    func origin(of name: String) -> Source? { sources[name] }
}
