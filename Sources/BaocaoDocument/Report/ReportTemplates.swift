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
                guard let text = try? String(contentsOf: templates.appendingPathComponent(file), encoding: .utf8) else {
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
            // TEXT: no HTML escaping; the writers escape for their format. Put on the template's
            // first line so that line numbers in errors stay the file's own.
            let template = try MustacheTemplate(string: "{{%CONTENT_TYPE:TEXT}}" + source.text)
            return template.render(context)
        } catch let error as MustacheTemplate.ParserError {
            problems.append(RuleProblem(plugin: source.plugin ?? "built-in", hook: "template",
                message: "\(source.origin):\(error.context.lineNumber):\(error.context.columnNumber): the template does not parse (\(error.error)); the built-in wording was used"))
        } catch {
            problems.append(RuleProblem(plugin: source.plugin ?? "built-in", hook: "template",
                message: "\(source.origin): the template does not parse (\(error)); the built-in wording was used"))
        }
        let fallback = try! MustacheTemplate(string: "{{%CONTENT_TYPE:TEXT}}" + DefaultTemplates.all[name]!)
        return fallback.render(context)
    }

    func origin(of name: String) -> Source? { sources[name] }
}
