import Baocao

/// The schedule as an aligned text table for people, one line per report:
///
///     Due         Unit                      Report                          Period  Data cut-off           To                          Decided by
///     2023-11-01  LĐLĐ thành phố Tây Ninh   439/KH-LĐLĐ Báo cáo kết quả…    2023    2022-12-15…2023-10-31  UBND tỉnh (qua Sở Nội vụ)   route: tay-ninh
struct ScheduleTable {
    let entries: [ScheduleEntry]
    let schedule: Schedule
    let workspace: Workspace

    static let header = ["Due", "Unit", "Report", "Period", "Data cut-off", "To (through)", "Decided by"]
    static let widths = [10, 34, 44, 7, 22, 44, 0]

    var text: String {
        var lines = ["\(workspace.name): \(entries.count) report\(entries.count == 1 ? "" : "s") due \(schedule.from) … \(schedule.to)", ""]
        lines.append(Self.line(Self.header))
        for entry in entries {
            let report = entry.report
            let decided = ["periods", "route", "deadline"].compactMap { key -> String? in
                guard let who = report.decidedBy[key], who != "directive", who != "core" else { return nil }
                return "\(key): \(who)"
            }
            lines.append(Self.line([
                report.deadline?.description ?? "(none)",
                entry.unitName,
                "\(entry.directiveNumber) \(entry.title)",
                report.period.period.description,
                "\(report.period.cutoffFrom)…\(report.period.cutoffTo)",
                entry.routeText.isEmpty ? "(no receiver)" : entry.routeText,
                decided.isEmpty ? "directive" : decided.joined(separator: ", "),
            ]))
        }
        if entries.isEmpty { lines.append("(nothing is due in this window)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Pads each cell to its column, cutting long ones with "…"; a width of 0 leaves the cell as it is.
    static func line(_ cells: [String], widths: [Int] = widths) -> String {
        zip(cells, widths).map { cell, width in
            guard width > 0 else { return cell }
            let cut = cell.count > width ? String(cell.prefix(width - 1)) + "…" : cell
            return cut + String(repeating: " ", count: width - cut.count)
        }.joined(separator: "  ")
    }
}
