import Baocao
import Foundation
import Hummingbird

/// The JSON API: the same questions as the pages, described in `Documentation/openapi.yaml`.
struct API: Sendable {
    let portal: Portal
    var service: WorkspaceService { portal.service }
    var tree: OrganisationTree { service.workspace.organisation }

    struct JSON<Value: Encodable & Sendable>: ResponseGenerator {
        var value: Value
        var status: HTTPResponse.Status = .ok
        func response(from request: Request, context: some RequestContext) throws -> Response {
            let data = try JSONVocabulary.encoder().encode(value)
            return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
    }

    // The answers are the project's JSON vocabulary (``JSONVocabulary``), the same types the CLI
    // prints with --format json.

    func status(_ request: Request) throws -> JSON<StatusJSON> {
        let asOf = try portal.asOf(request)
        let period = try portal.period(request, asOf: asOf)
        let query = request.uri.queryParameters
        let directive = try query.get("directive").map { _ in try portal.directive(request).id }
        let answer = try portal.call { () throws(WorkspaceServiceError) in
            try service.status(period: period, asOf: asOf, directive: directive, level: query.get("level"), unit: query.get("unit"),
                               under: query.get("under"), obligation: query.get("obligation"))
        }
        return JSON(value: StatusJSON(report: answer.value, workspace: service.workspace, problems: answer.problems))
    }

    /// The longest window `/api/schedule` answers, in days.
    static let longestWindow = 366

    func schedule(_ request: Request) throws -> JSON<ScheduleJSON> {
        let asOf = try portal.asOf(request)
        let query = request.uri.queryParameters
        func day(_ name: String) throws -> CalendarDate? {
            guard let text = query.get(name) else { return nil }
            guard let date = CalendarDate(parsing: text) else {
                throw HTTPError(.badRequest, message: "\(name) '\(text)' is not a day such as 2023-11-02")
            }
            return date
        }
        let from = try day("from") ?? asOf
        let to = try day("to") ?? from.adding(days: 6)
        guard from <= to else { throw HTTPError(.badRequest, message: "from \(from) is after to \(to)") }
        // Bounded work: a window of a year at most, in the years the directives ask reports for.
        guard from.adding(days: API.longestWindow - 1) >= to else {
            throw HTTPError(.badRequest, message: "the window from \(from) to \(to) is longer than \(API.longestWindow) days; ask for a year at most")
        }
        let years = Portal.yearsServed(service.workspace, asOf: asOf)
        guard years.contains(from.year), years.contains(to.year) else {
            throw HTTPError(.notFound, message: "no directive of this workspace asks for reports in \(years.contains(from.year) ? to.year : from.year); ask for days from \(years.lowerBound) to \(years.upperBound)")
        }
        let schedule = try portal.call { () throws(WorkspaceServiceError) in try service.schedule(from: from, to: to, unit: query.get("unit")) }.value
        let workspace = service.workspace
        return JSON(value: ScheduleJSON(schedule: schedule, entries: schedule.reports.map { ScheduleEntry(report: $0, workspace: workspace) }))
    }

    func indicators(_ request: Request) throws -> JSON<IndicatorsJSON> {
        let asOf = try portal.asOf(request)
        let period = try portal.period(request, asOf: asOf)
        let directive = try portal.directive(request)
        let obligation = request.uri.queryParameters.get("obligation")
        let answer = try portal.call { () throws(WorkspaceServiceError) in
            try service.indicators(directive: directive, period: period, asOf: asOf, obligation: obligation)
        }
        return JSON(value: IndicatorsJSON(directive: directive, period: period, asOf: asOf, results: answer.value, tree: tree,
                                          problems: answer.problems))
    }

    func unit(_ request: Request, id: String) throws -> JSON<UnitJSON> {
        let asOf = try portal.asOf(request)
        let period = try portal.period(request, asOf: asOf)
        let unit = try portal.call { () throws(WorkspaceServiceError) in try service.unit(id) }
        let status = try portal.call { () throws(WorkspaceServiceError) in try service.status(period: period, asOf: asOf, unit: id) }
        let history = try portal.call { () throws(WorkspaceServiceError) in try service.submissions() }.filter { $0.unit == id }
            .sorted { $0.receivedAt > $1.receivedAt }
        return JSON(value: UnitJSON(unit: unit, status: status.value, history: history, workspace: service.workspace, problems: status.problems))
    }

    struct Problem: Codable, Sendable { var file: String, row: Int, column: Int, message: String }
    struct HandInResult: Codable, Sendable {
        var stored: Int?
        var alreadyStored: String?
        var error: String?
        var problems: [Problem]?
    }

    /// The file as the request body; `?filename=` names it (its extension says the format), the
    /// token comes as `Authorization: Bearer <token>`. The body is read on the server's own tasks,
    /// the token checked and the file stored as the request's work (see ``Portal/work(_:)``).
    func upload(_ request: Request, id: String, from address: String) async throws -> JSON<HandInResult> {
        _ = try portal.call { () throws(WorkspaceServiceError) in try service.unit(id) }
        try await portal.admit(unit: id, address: address)
        let limit = portal.configuration.maxUploadBytes
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit)
        } catch {
            return JSON(value: HandInResult(error: "the file is larger than \(limit) bytes"), status: .contentTooLarge)
        }
        var token: String?
        if let authorization = request.headers[.authorization], authorization.lowercased().hasPrefix("bearer ") {
            token = String(authorization.dropFirst("bearer ".count)).trimmingCharacters(in: .whitespaces)
        }
        // The file's name says its format; the OpenAPI file makes it required, and so does the API.
        guard let fileName = request.uri.queryParameters.get("filename").map({ ($0 as NSString).lastPathComponent }), !fileName.isEmpty else {
            return JSON(value: HandInResult(error: "give the file's name as ?filename=…; its extension (.csv, .xlsx, .json, .yaml) says how to read it"),
                        status: .badRequest)
        }
        let content = Data(buffer: buffer)
        let outcome = try await portal.handIn(unit: id, address: address) { [token] in
            HandIn.run(service: service, unit: id, token: token, fileName: fileName, content: content)
        }
        switch outcome {
        case .stored(let count): return JSON(value: HandInResult(stored: count), status: .created)
        case .alreadyStored(let at): return JSON(value: HandInResult(stored: 0, alreadyStored: at))
        case .forbidden(let reason):
            return JSON(value: HandInResult(error: reason), status: token == nil ? .unauthorized : .forbidden)
        case .refused(let problems):
            return JSON(value: HandInResult(error: "the file was refused; nothing of it was stored",
                                            problems: problems.map { Problem(file: $0.location.file, row: $0.location.line, column: $0.location.column, message: $0.message) }),
                        status: .unprocessableContent)
        }
    }
}
