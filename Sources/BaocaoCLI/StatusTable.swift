import Baocao

/// The status as text: one line per expected report, then the total and the rates per level, per
/// report, per parent and rolled up.
struct StatusTable {
    let report: ComplianceReport
    let workspace: Workspace

    static func percent(_ rate: Double?) -> String {
        rate.map { String(format: "%.1f%%", $0 * 100) } ?? "—"
    }

    var text: String {
        let tree = workspace.organisation
        var lines = ["\(workspace.name): reports for \(report.period) as of \(report.asOf)", ""]
        lines.append(ScheduleTable.line(["Due", "Unit", "Report", "State", "First received", "Sent", ""], widths: Self.widths))
        for entry in report.entries {
            let schedule = ScheduleEntry(report: entry.report, workspace: workspace)
            lines.append(ScheduleTable.line([
                entry.report.deadline?.description ?? "(none)", schedule.unitName,
                "\(schedule.directiveNumber) \(schedule.title)"
                    + (entry.report.period.period == report.period ? "" : " (\(entry.report.period.period))"), entry.state.description,
                entry.firstReceived.map(ReceivedTime.text(of:)) ?? "", entry.submissions > 0 ? "\(entry.submissions)" : "", "",
            ], widths: Self.widths))
        }
        if report.entries.isEmpty { lines.append("(no report is owed for this period)") }
        // A unit's rollup is shown when units below it owe reports (a unit alone is its own line above).
        let parents = Set(report.byParent.map(\.group))
        let sections = [
            ("Total", report.entries.isEmpty ? [] : [report.total]), ("By level", report.byLevel),
            ("By report", report.byObligation.count > 1 ? report.byObligation : []),
            ("By parent (the units directly below it)", report.byParent),
            ("Rollup (a unit's own reports and those of every unit below it)", report.rollup.filter { parents.contains($0.group) }),
        ]
        for (title, rates) in sections where !rates.isEmpty {
            lines += ["", title]
            lines.append(ScheduleTable.line(["", "Expected", "On time", "Late", "Missing", "Not yet due", "Reporting", "On time"],
                                            widths: Self.rateWidths))
            for rate in rates {
                let name = tree.unit(rate.group)?.shortName ?? rate.name
                lines.append(ScheduleTable.line([name, "\(rate.expected)", "\(rate.onTime)", "\(rate.late)", "\(rate.missing)",
                                                 "\(rate.notYetDue)", Self.percent(rate.reportingRate), Self.percent(rate.onTimeRate)],
                                                widths: Self.rateWidths))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static let widths = [10, 34, 44, 14, 16, 4, 0]
    static let rateWidths = [40, 8, 7, 4, 7, 11, 9, 0]
}
