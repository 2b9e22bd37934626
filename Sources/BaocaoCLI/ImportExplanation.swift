import Baocao

/// `baocao import --explain`: each field, its value and the line of the text it came from, side
/// by side; then what is missing and why, the names not matched, and what plugins added.
struct ImportExplanation {
    let imported: ImportedDirective
    let source: SourceText

    var lines: [String] {
        let fields = imported.draft.fields
        let keyWidth = min(44, (fields.map(\.key.count).max() ?? 10))
        func cut(_ text: String, _ width: Int) -> String {
            let flat = text.replacingOccurrences(of: "\n", with: " ")
            return flat.count <= width ? flat : String(flat.prefix(width - 1)) + "…"
        }
        func pad(_ text: String, _ width: Int) -> String {
            text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
        }
        var out = ["\(imported.draft.path) → directives/\(imported.id).yaml", ""]
        out.append(pad("Field", keyWidth) + "  " + pad("Value", 46) + "  Line  Text")
        for field in fields {
            let line = field.line.map { String($0) } ?? "-"
            let text = field.line.map { source.line($0).trimmingCharacters(in: .whitespaces) } ?? ""
            out.append(pad(cut(field.key, keyWidth), keyWidth) + "  " + pad(cut(field.value, 46), 46) + "  "
                       + pad(line, 4) + "  " + cut(text, 70))
        }
        if !imported.missing.isEmpty {
            out += ["", "Missing (not guessed):"]
            out += imported.missing.map { "  \($0)" }
        }
        if !imported.unmatched.isEmpty {
            out += ["", "Not matched to the workspace:"]
            out += imported.unmatched.map { "  \($0)" }
        }
        if !imported.draft.pluginNotes.isEmpty {
            out += ["", "Added by plugins' import hooks:"]
            out += imported.draft.pluginNotes.map { "  \($0.plugin): \($0.field) = \($0.value)\($0.line.map { " (line \($0))" } ?? "")" }
        }
        return out
    }
}
