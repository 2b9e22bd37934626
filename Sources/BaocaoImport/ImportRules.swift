/// Patterns a province adds to import: what a plugin's `import` hook provides.
///
/// Called after the built-in rules with the text's lines (read-only) and the draft so far; it
/// changes the draft with what the province knows (its own department names, its deadline
/// phrasing) and records each change in ``DirectiveDraft/pluginNotes``. A failing hook must not
/// stop the import: implementations contain their failures and keep the draft as it was.
public protocol ImportRules: AnyObject {
    /// Applies the province's patterns to `draft`. `lines` are the source's lines, 1-based by position.
    func applyImportRules(lines: [String], to draft: inout DirectiveDraft)
}
