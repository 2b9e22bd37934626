import ArgumentParser
import Baocao
import Foundation

/// `baocao import <file>`: reads the text of a directive (.txt, .md, .docx) and writes it as a
/// workspace's `directives/<id>.yaml`, saying what it found on which line and what it could not find.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn the text of a directive (.txt, .md, .docx) into a structured directive.",
        discussion: """
            Prints the directive as YAML in the workspace format (or JSON), each value with the line
            of the text it came from; fields not found are listed with the reason on standard error.
            With --workspace, the levels, units and bodies the text names are matched to the
            workspace's (unmatched names are listed) and the plugins' import hooks add their patterns.
            Nothing is guessed: a field the text does not state is reported missing.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case yaml, json }

    @Argument(help: "The directive's text: a .txt, .md or .docx file.")
    var file: String

    @Option(help: "A workspace folder whose units, levels and plugins to use.")
    var workspace: String?

    @Option(help: "Write the result to this file instead of standard output.")
    var output: String?

    @Option(help: "Output format: yaml (the workspace's directive file) or json.")
    var format: Format = .yaml

    @Flag(help: "Print each field, its value and the line it came from side by side, then the missing fields.")
    var explain = false

    func run() throws {
        let source: SourceText
        do {
            source = try SourceText(contentsOf: file)
        } catch {
            printError("error: \(error.description)")
            throw ExitCode(1)
        }
        let imported: ImportedDirective
        if let workspace {
            // With a workspace: its plugins' import hooks, and names matched to its units.
            let opened = try LoadedWorkspace(path: workspace)
            imported = try opened.answer { () throws(WorkspaceServiceError) in try opened.service.importDirective(source) }
        } else {
            imported = DirectiveBuilder(draft: DirectiveExtractor(source: source).extract()).build()
        }
        let draft = imported.draft

        let text: String
        if explain {
            text = ImportExplanation(imported: imported, source: source).lines.joined(separator: "\n") + "\n"
        } else {
            switch format {
            case .yaml: text = imported.yaml
            case .json: text = try jsonText(ImportJSON(imported)) + "\n"
            }
        }
        if let output {
            do {
                try text.write(toFile: output, atomically: true, encoding: .utf8)
            } catch {
                printError("error: \(output): cannot write the result: \(error.localizedDescription)")
                throw ExitCode(1)
            }
        } else {
            print(text, terminator: "")
        }
        if !explain {
            for missing in imported.missing { printError("missing: \(missing)") }
            for name in imported.unmatched { printError("unmatched: \(name)") }
        }
        let found = draft.fields.count
        printError("\(file): \(found) value\(found == 1 ? "" : "s") found, \(imported.missing.count) missing, \(imported.unmatched.count) name\(imported.unmatched.count == 1 ? "" : "s") unmatched\(imported.directive == nil ? "; required fields are missing, so the directive will not pass 'baocao check' until they are filled in" : "")")
    }
}

/// The JSON form of an import: the directive (or null), every value with its line, the missing
/// fields and the unmatched names.
struct ImportJSON: Encodable {
    struct Field: Encodable { let field: String; let value: String; let line: Int? }
    struct Unmatched: Encodable { let field: String; let name: String; let placeholder: String; let line: Int?; let reason: String }
    let id: String
    let directive: Directive?
    let fields: [Field]
    let missing: [MissingField]
    let unmatched: [Unmatched]

    init(_ imported: ImportedDirective) {
        id = imported.id
        directive = imported.directive
        fields = imported.draft.fields.map { Field(field: $0.key, value: $0.value, line: $0.line) }
        missing = imported.missing
        unmatched = imported.unmatched.map { Unmatched(field: $0.field, name: $0.name, placeholder: $0.placeholder, line: $0.line, reason: $0.reason) }
    }
}
