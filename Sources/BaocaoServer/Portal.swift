import Baocao
import Foundation
import Hummingbird

/// The web portal for officials: what is due, who has reported, which targets are met, each unit's
/// page with its obligations and history, the consolidated report to download, and the form a
/// unit hands in its file with (its token required). A JSON API answers the same questions
/// (`Documentation/openapi.yaml`). Everything goes through one ``WorkspaceService``: the same
/// model, plugins and store as the `baocao` command.
public struct Portal: Sendable {
    public let service: WorkspaceService
    public let configuration: PortalConfiguration

    public init(service: WorkspaceService, configuration: PortalConfiguration = PortalConfiguration()) {
        self.service = service
        self.configuration = configuration
    }

    /// The application `baocao serve` runs (and tests drive with HummingbirdTesting).
    public func application() -> some ApplicationProtocol {
        Application(router: router(),
                    configuration: .init(address: .hostname(configuration.host, port: configuration.port),
                                         serverName: "baocao"))
    }

    /// Every route of the portal.
    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        let pages = Pages(portal: self)
        router.get("/") { request, _ in try pages.overview(request) }
        router.get("/status") { request, _ in try pages.status(request) }
        router.get("/indicators") { request, _ in try pages.indicators(request) }
        router.get("/report") { request, _ in try pages.reportForm(request) }
        router.get("/report/download") { request, _ in try pages.download(request) }
        router.get("/units/:unit") { request, context in
            try pages.unit(request, id: try context.parameters.require("unit"))
        }
        router.post("/units/:unit/submissions") { request, context in
            try await pages.upload(request, id: try context.parameters.require("unit"))
        }
        let api = API(portal: self)
        router.get("/api/status") { request, _ in try api.status(request) }
        router.get("/api/schedule") { request, _ in try api.schedule(request) }
        router.get("/api/indicators") { request, _ in try api.indicators(request) }
        router.get("/api/units/:unit") { request, context in try api.unit(request, id: try context.parameters.require("unit")) }
        router.post("/api/units/:unit/submissions") { request, context in
            try await api.upload(request, id: try context.parameters.require("unit"))
        }
        return router
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
            return period
        }
        return Period(kind: .year, year: asOf.year)!
    }

    func directive(_ request: Request) throws -> Directive {
        do {
            return try service.directive(request.uri.queryParameters.get("directive"))
        } catch {
            throw HTTPError(.badRequest, message: error.description)
        }
    }

    /// Runs a service call; its errors become HTTP errors a person can act on.
    func call<Value>(_ body: () throws(WorkspaceServiceError) -> Value) throws -> Value {
        do {
            return try body()
        } catch {
            switch error {
            case .unknownUnit, .unknownDirective: throw HTTPError(.notFound, message: error.description)
            default: throw HTTPError(.internalServerError, message: error.description)
            }
        }
    }
}
