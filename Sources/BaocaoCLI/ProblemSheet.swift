import Baocao

/// The "Vấn đề" sheet of a command's workbook: the problems the plugins and the directives' routes
/// had while the answer was worked out, one per row, the same as the JSON output's `problems`
/// member (plugin, hook, what it was working on, the message and Lua's traceback).
enum ProblemSheet {
    /// The sheet's name.
    static let name = "Vấn đề"

    static let header = ["plugin", "hook", "subject", "message", "traceback"]

    /// The sheet of `problems`; nil when there is none (a workbook then has no such sheet).
    static func sheet(_ problems: [RuleProblem]) -> XLSXWorksheet? {
        guard !problems.isEmpty else { return nil }
        return XLSXWorksheet(name: name, header: header, rows: problems.map { problem in
            [.text(problem.plugin), .text(problem.hook), XLSXCell(problem.subject), .text(problem.message), XLSXCell(problem.traceback)]
        })
    }
}
