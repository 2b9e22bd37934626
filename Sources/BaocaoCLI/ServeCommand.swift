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

    func validate() throws {
        guard requestSeconds > 0, requestSeconds <= 86_400 else {
            throw ValidationError("--request-seconds must be a number of seconds above 0 and at most 86400 (a day)")
        }
    }

    func run() async throws {
        let loaded = try LoadedWorkspace(path: workspace)
        let portal = Portal(service: loaded.service,
                            configuration: PortalConfiguration(host: host, port: port, asOf: asOf, maxUploadBytes: maxUploadKB * 1024,
                                                               requestTimeLimit: .milliseconds(Int(requestSeconds * 1000))))
        print("baocao serve: \(loaded.workspace.name) on http://\(host):\(port)/")
        // Until SIGTERM or SIGINT; then it stops within a second, plugin calls in flight included.
        try await portal.run()
    }
}
