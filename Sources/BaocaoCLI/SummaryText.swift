import Baocao

/// The text `baocao check` prints for a valid workspace.
struct SummaryText {
    let summary: WorkspaceSummary

    init(_ summary: WorkspaceSummary) { self.summary = summary }

    var lines: [String] {
        var lines = ["Workspace: \(summary.name) (\(summary.province))"]
        lines.append("Plugin chain: " + (summary.plugins.isEmpty ? "(none)" : summary.plugins.joined(separator: " → ")))
        let when = summary.date.map { " on \($0)" } ?? ""
        lines.append("Units\(when):")
        let width = summary.levels.map(\.level.count).max() ?? 0
        for level in summary.levels {
            let id = level.level.padding(toLength: width, withPad: " ", startingAt: 0)
            lines.append("  \(id)  \(String(level.units).leftPadded(to: 5))  \(level.name)")
        }
        var totals = "  \(summary.totalUnits) units listed"
        if summary.sampleUnits > 0 { totals += ", \(summary.sampleUnits) of them sample data" }
        totals += "; \(summary.bodies) external bod\(summary.bodies == 1 ? "y" : "ies")"
        lines.append(totals)
        lines.append("Directives: \(summary.directives.count)")
        for directive in summary.directives {
            let number = directive.number ?? "(no number)"
            lines.append("  \(number)  [\(directive.id)]  \(directive.type.vietnameseName), \(directive.date)")
            let regarding = directive.type == .officialLetter ? "V/v " : ""
            lines.append("    \(regarding)\(directive.subject)")
            lines.append("    \(directive.legalBases) legal bases, \(directive.tasks) tasks, "
                         + "\(directive.obligations) reporting obligations, "
                         + "\(directive.indicators) indicators (\(directive.targets) targets)")
        }
        return lines
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
