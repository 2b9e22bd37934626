import ArgumentParser
import Baocao

/// `baocao token <workspace> --unit U [--revoke]`: the token a unit hands in its reports with on
/// the portal (`baocao serve`).
struct TokenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Make a unit's token for handing in reports on the portal, or revoke its tokens.",
        discussion: """
            Prints a new token for the unit. Only its SHA-256 is stored (in the workspace's store),
            so give the token to the unit now; it cannot be shown again. A token is good for its
            own unit only. --revoke ends every token of the unit; make a new one after.
            """
    )

    @Argument(help: "The workspace folder (it holds workspace.yaml).")
    var workspace: String

    @Option(help: "The unit (its id).")
    var unit: String

    @Flag(help: "Revoke every token of the unit instead of making one.")
    var revoke = false

    func run() throws {
        let loaded = try LoadedWorkspace(path: workspace)
        if revoke {
            let count = try loaded.value { () throws(WorkspaceServiceError) in try loaded.service.revokeTokens(unit: unit) }
            print("\(unit): \(count) token\(count == 1 ? "" : "s") revoked")
        } else {
            print(try loaded.value { () throws(WorkspaceServiceError) in try loaded.service.issueToken(unit: unit) })
        }
    }
}
