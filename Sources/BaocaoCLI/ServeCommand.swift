import ArgumentParser
import Baocao
import BaocaoServer

/// `baocao serve <workspace>`: the web portal for officials and units.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "The web portal: what is due, who has reported, targets, unit pages, the report to download, uploads with a unit's token.",
        discussion: """
            Pages in Vietnamese for a browser or a phone, and a JSON API (Documentation/openapi.yaml),
            over the same workspace, plugins and store as the other commands. Anyone who can open
            the page may read; handing in a file for a unit needs that unit's token ('baocao token').
            Uploads go through the same checks as 'baocao ingest': a bad file is refused whole and
            its problems are shown beside its rows.
            """
    )

    @Argument(help: "The workspace folder (it holds workspace.yaml).")
    var workspace: String

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port = 8080

    @Option(name: .customLong("as-of"), help: "The day the pages judge on when a request names none (default: today).")
    var asOf: CalendarDate?

    @Option(name: .customLong("max-upload-kb"), help: "The largest file a unit may upload, in KB.")
    var maxUploadKB = 2048

    @Option(name: .customLong("request-seconds"),
            help: "How long a request may take before it answers 503 (its plugins are held to their own limits besides).")
    var requestSeconds = 30.0

    @Option(name: .customLong("wrong-tokens"),
            help: "Wrong tokens from one address within 10 minutes after which its uploads are refused (429) for --lockout-minutes; from 30 % of them on, each answer waits a second.")
    var wrongTokens = 10

    @Option(name: .customLong("wrong-tokens-per-unit"), help: "The same for one unit's uploads, from any address.")
    var wrongTokensPerUnit = 30

    @Option(name: .customLong("lockout-minutes"), help: "How long uploads are refused once a limit of wrong tokens is reached.")
    var lockoutMinutes = 15

    func validate() throws {
        for (name, value) in [("--wrong-tokens", wrongTokens), ("--wrong-tokens-per-unit", wrongTokensPerUnit)] where !(1...10_000).contains(value) {
            throw ValidationError("\(name) must be a whole number from 1 to 10000, not \(value)")
        }
        guard (1...1440).contains(lockoutMinutes) else {
            throw ValidationError("--lockout-minutes must be a whole number of minutes from 1 to 1440 (a day), not \(lockoutMinutes)")
        }
        guard requestSeconds > 0, requestSeconds <= 86_400 else {
            throw ValidationError("--request-seconds must be a number of seconds above 0 and at most 86400 (a day)")
        }
    }

    func run() async throws {
        let loaded = try LoadedWorkspace(path: workspace)
        let portal = Portal(service: loaded.service,
                            configuration: PortalConfiguration(host: host, port: port, asOf: asOf, maxUploadBytes: maxUploadKB * 1024,
                                                               requestTimeLimit: .milliseconds(Int(requestSeconds * 1000)),
                                                               wrongTokens: WrongTokenLimits(refuseAfter: wrongTokens, refuseAfterForUnit: wrongTokensPerUnit,
                                                                                             lockout: .seconds(lockoutMinutes * 60))))
        printLine("baocao serve: \(loaded.workspace.name) on http://\(host):\(port)/")
        // Until SIGTERM or SIGINT; then it stops within a second, plugin calls in flight included.
        try await portal.run()
    }
}
