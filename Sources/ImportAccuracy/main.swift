import BaocaoImport
import Foundation

let arguments = CommandLine.arguments.dropFirst()
for path in arguments {
    do {
        let draft = DirectiveExtractor(source: try SourceText(contentsOf: path)).extract()
        for field in draft.fields { print("\(field.key) = \(field.value.prefix(100))  @\(field.line ?? 0)") }
        for missing in draft.missing { print("MISSING \(missing)") }
    } catch {
        print(error)
    }
}
