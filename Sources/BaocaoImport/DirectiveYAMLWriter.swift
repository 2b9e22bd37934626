import BaocaoCore
import Foundation

/// Writes a draft as `directives/<id>.yaml` in the workspace format, each value followed by a
/// comment with the line it came from, the fields not found and the names not matched listed at
/// the end. Strings are written plain when YAML reads them back unchanged, quoted otherwise.
struct DirectiveYAMLWriter {
    let draft: DirectiveDraft
    let resolved: DirectiveBuilder.Resolved
    let id: DirectiveID

    private final class Output {
        var lines: [String] = []
        func add(_ indent: Int, _ text: String, line: Int? = nil) {
            lines.append(String(repeating: " ", count: indent) + text + (line.map { "   # line \($0)" } ?? ""))
        }
    }

    func text() -> String {
        let out = Output()
        out.add(0, "# Imported by 'baocao import' from \(draft.path); save as directives/\(id).yaml.")
        out.add(0, "# Each value ends with the line of the text it was read from. Check them against the text:")
        out.add(0, "# import reads, it does not decide. Fields not found and names not matched are listed at the end.")
        func scalar(_ indent: Int, _ key: String, _ value: String?, line: Int?, missing field: String? = nil, raw: Bool = false) {
            if let value {
                out.add(indent, "\(key): \(raw ? value : Self.quoted(value))", line: line)
            } else if let field, let reason = draft.missing.first(where: { $0.field == field })?.reason {
                out.add(indent, "# \(key): not found — \(reason)")
            }
        }
        scalar(0, "type", draft.type?.value.rawValue, line: draft.type?.line, missing: "type")
        scalar(0, "number", draft.number?.value, line: draft.number?.line, missing: "number")
        out.add(0, "issuer:")
        scalar(2, "name", draft.issuer?.value, line: draft.issuer?.line, missing: "issuer")
        scalar(2, "superior", draft.superior?.value, line: draft.superior?.line, missing: "superior")
        if let unit = resolved.issuerUnit { out.add(2, "unit: \(unit)") }
        scalar(2, "kind", draft.kind?.value.rawValue, line: draft.kind?.line, missing: "kind")
        scalar(0, "place", draft.place?.value, line: draft.place?.line, missing: "place")
        scalar(0, "date", draft.date?.value.description, line: draft.date?.line, missing: "date", raw: true)
        scalar(0, "subject", draft.subject?.value, line: draft.subject?.line, missing: "subject")
        list(out, "addressees", draft.addressees)

        if !draft.legalBases.isEmpty {
            out.add(0, "")
            out.add(0, "legalBases:")
            for basis in draft.legalBases {
                out.add(2, "- type: \(basis.type.rawValue)", line: basis.line)
                if let number = basis.number { out.add(4, "number: \(Self.quoted(number))") }
                if let date = basis.date { out.add(4, "date: \(date)") }
                if let issuer = basis.issuer { out.add(4, "issuer: \(Self.quoted(issuer))") }
            }
        }
        if !draft.purposes.isEmpty { out.add(0, ""); list(out, "purposes", draft.purposes) }

        if !draft.taskGroups.isEmpty {
            out.add(0, "")
            out.add(0, "tasks:")
            for (group, level) in zip(draft.taskGroups, resolved.groupLevels) {
                if let item = group.item { out.add(2, "- item: \(Self.quoted(item))", line: group.line) } else { out.add(2, "-", line: group.line) }
                out.add(4, "heading: \(Self.quoted(group.heading))")
                if let level { out.add(4, "for: \(level)") }
                out.add(4, group.tasks.isEmpty ? "tasks: []" : "tasks:")
                for task in group.tasks {
                    if task.item == nil, task.details.isEmpty {
                        out.add(6, "- \(Self.quoted(task.text))", line: task.line)
                        continue
                    }
                    if let item = task.item {
                        out.add(6, "- item: \(Self.quoted(item))", line: task.line)
                        out.add(8, "text: \(Self.quoted(task.text))")
                    } else {
                        out.add(6, "- text: \(Self.quoted(task.text))", line: task.line)
                    }
                    if !task.details.isEmpty {
                        out.add(8, "details:")
                        for detail in task.details { out.add(10, "- \(Self.quoted(detail))") }
                    }
                }
            }
        }

        if !resolved.reports.isEmpty {
            out.add(0, "")
            out.add(0, "reports:")
            for item in resolved.reports {
                let report = item.report
                out.add(2, "- id: \(item.id)", line: report.line)
                out.add(4, "title: \(Self.quoted(report.title))")
                out.add(4, "from: [\(item.from.joined(separator: ", "))]")
                if !report.periods.isEmpty { out.add(4, "periods: [\(report.periods.map(\.rawValue).joined(separator: ", "))]") }
                if let deadline = report.deadline { out.add(4, "deadline: \(deadline)") }
                out.add(4, item.to.count == 1 ? "to: \(item.to[0])" : "to: [\(item.to.joined(separator: ", "))]")
                if let through = item.through { out.add(4, "through: \(through)") }
                if let number = report.item { out.add(4, "item: \(Self.quoted(number))") }
                out.add(4, "quote: \(Self.quoted(report.quote))")
                if let plugin = report.addedBy { out.add(4, "# added by the import hook of the plugin '\(plugin)'") }
            }
        }

        let unwritten = draft.reports.filter(\.from.isEmpty)
        if !unwritten.isEmpty {
            out.add(0, "")
            out.add(0, "# Reports the text asks for without saying who reports (add 'from' and move them under reports:):")
            for report in unwritten {
                out.add(0, "#  - title: \(Self.quoted(report.title))   # line \(report.line)")
                if !report.periods.isEmpty { out.add(0, "#    periods: [\(report.periods.map(\.rawValue).joined(separator: ", "))]") }
                if let deadline = report.deadline { out.add(0, "#    deadline: \(deadline)") }
                out.add(0, "#    to: \(report.toDirectSuperior ? RouteTarget.directSuperiorKeyword : report.receivers.joined(separator: ", "))")
                if let channel = report.channel { out.add(0, "#    through: \(channel)") }
                out.add(0, "#    quote: \(Self.quoted(report.quote))")
            }
        }

        if !draft.indicators.isEmpty {
            out.add(0, "")
            out.add(0, "indicators:")
            for indicator in draft.indicators {
                out.add(2, "- id: \(indicator.id)", line: indicator.line)
                if let item = indicator.item { out.add(4, "item: \(Self.quoted(item))") }
                out.add(4, "text: \(Self.quoted(indicator.text))")
                out.add(4, "measure: plugin   # how it is counted (population, condition) is not in the text; set it by hand")
                out.add(4, "target: \(indicator.target)")
                if indicator.aspirational { out.add(4, "aspirational: true") }
                if let ratedBy = indicator.ratedBy { out.add(4, "ratedBy: \(Self.quoted(ratedBy))") }
            }
        }

        out.add(0, "")
        scalar(0, "closing", draft.closing?.value, line: draft.closing?.line)
        list(out, "recipients", draft.recipients)
        if !draft.archive.isEmpty {
            out.add(0, "archive: [\(draft.archive.map { Self.quoted($0.value, flow: true) }.joined(separator: ", "))]", line: draft.archive.first?.line)
        }
        if let signer = draft.signer {
            out.add(0, "signer:", line: signer.line)
            if let authority = signer.authority { out.add(2, "authority: \(authority.rawValue)") }
            if let onBehalfOf = signer.onBehalfOf { out.add(2, "for: \(Self.quoted(onBehalfOf))") }
            scalar(2, "title", signer.title, line: signer.titleLine, missing: "signer.title")
            scalar(2, "name", signer.name, line: signer.nameLine, missing: "signer.name")
            if let note = signer.note { out.add(2, "note: \(Self.quoted(note))") }
        } else if let reason = draft.missing.first(where: { $0.field == "signer" })?.reason {
            out.add(0, "# signer: not found — \(reason)")
        }

        let missing = draft.missing + resolved.notWritten
        if !missing.isEmpty {
            out.add(0, "")
            out.add(0, "# Not found in the text:")
            for field in missing { out.add(0, "#   \(field)") }
        }
        if !resolved.unmatched.isEmpty {
            out.add(0, "")
            out.add(0, "# Names not matched to the workspace (the ids written for them do not exist there yet):")
            for name in resolved.unmatched { out.add(0, "#   \(name)") }
        }
        for note in draft.pluginNotes {
            out.add(0, "# plugin \(note.plugin): \(note.field) = \(note.value)\(note.line.map { " (line \($0))" } ?? "")")
        }
        return out.lines.joined(separator: "\n") + "\n"
    }

    private func list(_ out: Output, _ key: String, _ items: [Extracted<String>]) {
        guard !items.isEmpty else { return }
        out.add(0, "\(key):")
        for item in items { out.add(2, "- \(Self.quoted(item.value))", line: item.line) }
    }

    /// `text` as a YAML scalar: plain when YAML reads it back as the same string, else double-quoted.
    static func quoted(_ text: String, flow: Bool = false) -> String {
        let reserved: Set<String> = ["yes", "no", "true", "false", "on", "off", "null", "~", "y", "n", ""]
        let indicators = "-?:,[]{}#&*!|>'\"%@`"
        var plain = !reserved.contains(text.lowercased())
            && !(text.first.map { indicators.contains($0) || $0.isWhitespace } ?? true)
            && !(text.last?.isWhitespace ?? true) && !text.hasSuffix(":")
            && !text.contains(": ") && !text.contains(" #") && !text.contains("\n") && !text.contains("\t")
            && Double(text) == nil && CalendarDate(parsing: text) == nil
            && text.range(of: "^[0-9][0-9.:\\-]*$", options: .regularExpression) == nil
        if flow, text.contains(where: { ",[]{}".contains($0) }) { plain = false }
        if plain { return text }
        var escaped = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\t": escaped += "\\t"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped + "\""
    }
}
