import Baocao
import Foundation
import Hummingbird
import ServiceLifecycle

/// The web portal for officials: what is due, who has reported, which targets are met, each unit's
/// page with its obligations and history, the consolidated report to download, and the form a
/// unit hands in its file with (its token required). A JSON API answers the same questions
/// (`Documentation/openapi.yaml`). Everything goes through one ``WorkspaceService``: the same
/// model, plugins and store as the `baocao` command.
///
/// What a request asks of the service runs on threads of its own (``RequestWork``), never on the
/// cooperative pool the server's tasks share, so that a slow plugin holds up only the request
/// that called it; a request whose work has not finished within
/// ``PortalConfiguration/requestTimeLimit`` answers 503.
public struct Portal: Sendable {
    public let service: WorkspaceService
    public let configuration: PortalConfiguration
    let requestWork: RequestWork
    let throttle: TokenThrottle
    let cache: AnswerCache

    public init(service: WorkspaceService, configuration: PortalConfiguration = PortalConfiguration()) {
        self.service = service
        self.configuration = configuration
        requestWork = RequestWork(limit: configuration.requestTimeLimit)
        throttle = TokenThrottle(limits: configuration.wrongTokens, log: configuration.log)
        cache = AnswerCache(maximumAge: configuration.answerLifetime)
    }

    /// The application `baocao serve` runs (and tests drive with HummingbirdTesting).
    public func application() -> some ApplicationProtocol {
        Application(router: router(),
                    configuration: .init(address: .hostname(configuration.host, port: configuration.port),
                                         serverName: "baocao"))
    }

    /// Runs the portal until SIGTERM or SIGINT, then stops within about
    /// ``PortalConfiguration/shutdownGracePeriod``: the requests waiting for their work answer 503
    /// at once, every plugin call running in the process stops at its next check
    /// (`LuaState.interruptAll(true)`, left on: plugins in this process fail until
    /// `LuaState.interruptAll(false)`), and requests still open after the grace period are
    /// cancelled.
    public func run() async throws {
        let app = application()
        // The group shuts its services down in reverse order: the stopper first, so that nothing
        // the server waits for is still running when the server's own shutdown begins.
        var group = ServiceGroupConfiguration(services: [app, Stopper(work: requestWork)],
                                              gracefulShutdownSignals: [.sigterm, .sigint], logger: app.logger)
        group.maximumGracefulShutdownDuration = configuration.shutdownGracePeriod
        try await ServiceGroup(configuration: group).run()
    }

    /// On shutdown (or cancellation): stops every plugin call and every wait for one.
    struct Stopper: Service {
        let work: RequestWork
        func run() async throws {
            try? await gracefulShutdown()
            LuaState.interruptAll(true)
            work.stop()
        }
    }

    /// Every route of the portal. Those that ask the service do it through ``work(_:)``; the
    /// others (the report form, unknown paths) answer at once.
    public func router() -> Router<PortalRequestContext> {
        let router = Router(context: PortalRequestContext.self)
        router.add(middleware: SecurityHeaders())
        // Each path with the methods it takes, for the 405s below. A GET path answers HEAD too, as
        // HTTP asks of a server (NIO's encoder drops the body).
        var paths: [(path: String, allowed: String)] = []
        func get<Output: ResponseGenerator>(_ path: String, _ handler: @escaping @Sendable (Request, PortalRequestContext) async throws -> Output) {
            router.get(RouterPath(path), use: handler)
            router.head(RouterPath(path), use: handler)
            paths.append((path, "GET, HEAD"))
        }
        func post<Output: ResponseGenerator>(_ path: String, _ handler: @escaping @Sendable (Request, PortalRequestContext) async throws -> Output) {
            router.post(RouterPath(path), use: handler)
            paths.append((path, "POST"))
        }
        let pages = Pages(portal: self)
        get("/") { request, _ in try await cached(request) { try pages.overview(request) } }
        get("/status") { request, _ in try servable(request); return try await cached(request) { try pages.status(request) } }
        get("/indicators") { request, _ in try servable(request); return try await cached(request) { try pages.indicators(request) } }
        get("/report") { request, _ in try pages.reportForm(request) }
        get("/report/download") { request, _ in try servable(request); return try await cached(request) { try pages.download(request) } }
        get("/units/:unit") { request, context in
            let id = try context.parameters.require("unit")
            try servable(request)
            return try await cached(request) { try pages.unit(request, id: id) }
        }
        post("/units/:unit/submissions") { request, context in
            try await pages.upload(request, id: try context.parameters.require("unit"), from: context.address)
        }
        let api = API(portal: self)
        get("/api/status") { request, _ in try servable(request); return try await cached(request) { try api.status(request) } }
        get("/api/schedule") { request, _ in try await cached(request) { try api.schedule(request) } }
        get("/api/indicators") { request, _ in try servable(request); return try await cached(request) { try api.indicators(request) } }
        get("/api/units/:unit") { request, context in
            let id = try context.parameters.require("unit")
            try servable(request)
            return try await cached(request) { try api.unit(request, id: id) }
        }
        post("/api/units/:unit/submissions") { request, context in
            try await api.upload(request, id: try context.parameters.require("unit"), from: context.address)
        }
        // Any other method on these paths is answered 405 with the methods there are.
        for (path, allowed) in paths {
            for method in [HTTPRequest.Method.get, .post, .put, .delete, .patch, .head, .options, .trace, .init("QUERY")!]
            where !allowed.split(separator: ",").contains(where: { $0.trimmingCharacters(in: .whitespaces) == method.rawValue }) {
                router.on(RouterPath(path), method: method) { _, _ in MethodNotAllowed(allowed: allowed) }
            }
        }
        return router
    }

    /// Throws the answer to a request whose period or day cannot be read, or whose period no
    /// directive asks for (404), before it waits for one of the portal's threads: such a request
    /// costs nothing however many come.
    func servable(_ request: Request) throws {
        _ = try period(request, asOf: try asOf(request))
    }

    /// The answer to a GET `request`: the one kept for it while the store is unchanged
    /// (``AnswerCache``), else `body` run as the request's work (``work(_:)``).
    func cached<Value: Sendable>(_ request: Request, _ body: @escaping @Sendable () throws -> Value) async throws -> Value {
        let key = AnswerCache.key(request, asOf: try asOf(request))
        return try await cache.answer(key, version: service.storeVersion()) { try await work(body) }
    }

    /// Runs a request's blocking work (everything it asks the service, and what it builds from
    /// the answers) on the portal's threads and waits for it; past the request's time limit, or
    /// when the server is stopping, the request answers 503 with a plain message.
    func work<Value: Sendable>(_ body: @escaping @Sendable () throws -> Value) async throws -> Value {
        do {
            return try await requestWork.run(body)
        } catch let error as RequestWorkError {
            switch error {
            case .timedOut(let limit):
                throw Unavailable(message: """
                    Yêu cầu chưa xử lý xong sau \(Unavailable.seconds(limit)) giây; xin thử lại sau.
                    The request did not finish within \(Unavailable.seconds(limit)) s; try again later.
                    """)
            case .stopping:
                throw Unavailable(message: "Cổng đang dừng; xin thử lại sau.\nThe portal is stopping; try again later.")
            }
        }
    }

    /// Lets an upload from `address` for `unit` go on, after a wait when wrong tokens came from
    /// there or for it lately; throws ``TooManyWrongTokens`` (429) when they were too many. Called
    /// before the upload's body is read: a refused guess costs the portal nothing.
    func admit(unit: UnitID, address: String) async throws {
        switch throttle.verdict(address: address, unit: unit) {
        case .refuse(let seconds, _):
            throw TooManyWrongTokens(retryAfter: seconds)
        case .check(let delay):
            if delay > .zero { try await Task.sleep(for: delay) }
        }
    }

    /// Runs an admitted upload's hand-in as the request's work, and counts a wrong or missing
    /// token against `address` and `unit`; a right one forgets the address's failures.
    func handIn(unit: UnitID, address: String, _ body: @escaping @Sendable () -> HandIn) async throws -> HandIn {
        let outcome = try await work(body)
        if case .forbidden = outcome {
            throttle.failed(address: address, unit: unit)
        } else {
            throttle.succeeded(address: address)
        }
        return outcome
    }

    // MARK: what a request asks about

    /// The day a request judges on: `asOf=2023-11-02`, else the portal's day, else today.
    func asOf(_ request: Request) throws -> CalendarDate {
        if let text = request.uri.queryParameters.get("asOf") {
            guard let date = CalendarDate(parsing: text) else {
                throw HTTPError(.badRequest, message: "asOf '\(text)' is not a day such as 2023-11-02")
            }
            return date
        }
        return configuration.asOf ?? ReceivedTime.today
    }

    /// The period a request asks about: `period=2023-H1`, else the year of its day.
    func period(_ request: Request, asOf: CalendarDate) throws -> Period {
        if let text = request.uri.queryParameters.get("period") {
            guard let period = Period(parsing: text) else {
                throw HTTPError(.badRequest, message: "period '\(text)' is not a period such as 2023, 2023-H1, 2023-Q2 or 2023-05")
            }
            // A period no directive can ask reports for is answered at once, without scheduling a
            // year for anyone who asks for one far away.
            let years = Self.yearsServed(service.workspace, asOf: asOf)
            guard years.contains(period.year) else {
                throw HTTPError(.notFound, message: "no directive of this workspace asks for reports in \(period.year); ask for a period from \(years.lowerBound) to \(years.upperBound)")
            }
            return period
        }
        return Period(kind: .year, year: asOf.year)!
    }

    /// The years a period may be asked for: from the year before the first directive is in force
    /// to two years after the last one ends — or, for one without an end, two years after the
    /// later of its date and the day asked.
    static func yearsServed(_ workspace: Workspace, asOf: CalendarDate) -> ClosedRange<Int> {
        let starts = workspace.directives.map(\.effectiveFrom.year)
        let ends = workspace.directives.map { $0.effectiveUntil?.year ?? max($0.date.year, asOf.year, ReceivedTime.today.year) }
        let first = (starts.min() ?? asOf.year) - 1
        return first...max(first, (ends.max() ?? asOf.year) + 2)
    }

    func directive(_ request: Request) throws -> Directive {
        do {
            return try service.directive(request.uri.queryParameters.get("directive"))
        } catch {
            // No directive of that id is a resource not found, as an unknown unit is; a workspace
            // of several directives asked without one is a request to complete.
            if case .unknownDirective(key: .some, _) = error { throw HTTPError(.notFound, message: error.description) }
            throw HTTPError(.badRequest, message: error.description)
        }
    }

    /// Runs a service call; its errors become HTTP errors a person can act on.
    func call<Value>(_ body: () throws(WorkspaceServiceError) -> Value) throws -> Value {
        do {
            return try body()
        } catch {
            switch error {
            case .unknownUnit, .unknownDirective, .unknownLevel, .unknownObligation: throw HTTPError(.notFound, message: error.description)
            default: throw HTTPError(.internalServerError, message: error.description)
            }
        }
    }
}

/// A request the portal cannot answer now: 503 with a plain message.
struct Unavailable: HTTPResponseError {
    var message: String
    var status: HTTPResponse.Status { .serviceUnavailable }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(status: status, headers: [.contentType: "text/plain; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: message + "\n")))
    }

    /// "30", "1.5".
    static func seconds(_ duration: Duration) -> String {
        let (whole, atto) = duration.components
        let value = Double(whole) + Double(atto) / 1e18
        return value == value.rounded() ? String(Int(value)) : String(format: "%g", value)
    }
}
