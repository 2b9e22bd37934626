import ArgumentParser
import Baocao
import Foundation

/// `baocao generate <dir>`: a deterministic synthetic national workspace for benchmarks and tests.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic national workspace (SAMPLE DATA) for benchmarks and tests.",
        discussion: """
            The confederation, the 34 provinces of July 2025 (real names), five unions under each
            that grassroots unions report to, the grassroots unions (invented names), a national
            directive asking every unit for a monthly report, and the year's submissions as one CSV
            file per province and month under submissions/: about 80% on time, 12% late, 8% missing,
            3% resubmitted. The same options and seed write the same files.
            """
    )

    @Argument(help: "The folder to write (created; put it under out/, which git ignores).")
    var folder: String

    @Option(help: "How many provinces, in the order of the 2025 list (1 to 34).")
    var provinces = 34

    @Option(help: "How many grassroots unions in all.")
    var grassroots = 126_000

    @Option(help: "The year of the directive and of the submissions.")
    var year = 2024

    @Option(help: "The seed of the random choices.")
    var seed: UInt64 = 1

    @Option(help: "A folder holding the 'national' plugin, copied into the workspace ('none' for no plugins).")
    var plugins = "plugins"

    func run() throws {
        let generator = NationalWorkspaceGenerator(provinces: provinces, grassroots: grassroots, year: year, seed: seed)
        var pluginFolder: URL? = URL(fileURLWithPath: plugins)
        if plugins == "none" || !FileManager.default.fileExists(atPath: URL(fileURLWithPath: plugins).appendingPathComponent("national/plugin.yaml").path) {
            if plugins != "none" { printError("warning: no plugins/national in '\(plugins)'; the workspace has no plugins") }
            pluginFolder = nil
        }
        let summary = try generator.write(to: URL(fileURLWithPath: folder), pluginFolder: pluginFolder)
        print("\(folder): \(summary.units) units (\(summary.grassroots) grassroots), \(summary.submissions) submissions "
              + "in \(summary.submissionFiles.count) files: \(summary.onTime) on time, \(summary.late) late, "
              + "\(summary.missing) missing, \(summary.resubmissions) resubmissions")
    }
}
