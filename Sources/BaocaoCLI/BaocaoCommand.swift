import ArgumentParser
import Baocao

/// `baocao`: runs a province's workspace — its units, directives and plugins — from the shell.
@main
struct BaocaoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baocao",
        abstract: "Track directives, the reports they demand and the reports received.",
        discussion: """
            A workspace is a folder with workspace.yaml, unit files and directives/*.yaml.
            Start with 'baocao check <workspace>'.
            """,
        version: "baocao \(BaocaoVersion.string) (\(LuaState.release))",
        subcommands: [CheckCommand.self, GenerateCommand.self, ImportCommand.self, ScheduleCommand.self, IngestCommand.self, RetractCommand.self, ExportCommand.self, StatusCommand.self, RemindCommand.self, IndicatorsCommand.self, ScoreCommand.self, RenderCommand.self, TokenCommand.self, ServeCommand.self, PluginCommand.self]
    )
}
