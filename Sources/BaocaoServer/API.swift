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
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(value)
            return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
    }

    struct Rate: Codable, Sendable {
        var group: String, name: String, expected: Int, onTime: Int, late: Int, missing: Int, notYetDue: Int
        var reportingRate: Double?, onTimeRate: Double?
        init(_ rate: ComplianceRate) {
            (group, name, expected, onTime, late, missing, notYetDue) = (rate.group, rate.name, rate.expected, rate.onTime, rate.late, rate.missing, rate.notYetDue)
            (reportingRate, onTimeRate) = (rate.reportingRate, rate.onTimeRate)
        }
    }

    struct Entry: Codable, Sendable {
        var unit: String, name: String, directive: String, obligation: String, period: String
        var deadline: String?, to: [String], state: String, lateDays: Int?, firstReceived: String?, submissions: Int
        init(_ entry: ComplianceEntry, tree: OrganisationTree) {
            unit = entry.report.unit
            name = tree.name(of: entry.report.unit) ?? entry.report.unit
            directive = entry.report.directive
            obligation = entry.report.obligation
            period = entry.report.period.period.description
            deadline = entry.report.deadline?.description
            to = entry.report.routes.map(\.text)
            switch entry.state {
            case .onTime: state = "on-time"; lateDays = nil
            case .late(let days): state = "late"; lateDays = days
            case .missing: state = "missing"; lateDays = nil
            case .notYetDue: state = "not-yet-due"; lateDays = nil
            }
            firstReceived = entry.firstReceived.map(ReceivedTime.text(of:))
            submissions = entry.submissions
        }
    }

    struct Status: Codable, Sendable {
        var period: String, asOf: String, levels: [Rate], parents: [Rate], entries: [Entry]
    }

    func status(_ request: Request) throws -> JSON<Status> {
        let asOf = try portal.asOf(request)
        let period = try portal.period(request, asOf: asOf)
        let query = request.uri.queryParameters
        let directive = try query.get("directive").map { _ in try portal.directive(request).id }
        let report = try portal.call { () throws(WorkspaceServiceError) in
            try service.status(period: period, asOf: asOf, directive: directive, level: query.get("level"), unit: query.get("unit"))
        }.value
        return JSON(value: Status(period: period.description, asOf: asOf.description, levels: report.byLevel.map(Rate.init),
                                  parents: report.byParent.map(Rate.init), entries: report.entries.map { Entry($0, tree: tree) }))
    }

    struct Due: Codable, Sendable {
        var unit: String, name: String, directive: String, obligation: String, period: String
        var cutoffFrom: String, cutoffTo: String, deadline: String?, to: [String], decidedBy: [String: String]
    }

    func schedule(_ request: Request) throws -> JSON<[Due]> {
        let asOf = try portal.asOf(request)
        let query = request.uri.queryParameters
        let from = query.get("from").flatMap(CalendarDate.init(parsing:)) ?? asOf
        let to = query.get("to").flatMap(CalendarDate.init(parsing:)) ?? from.adding(days: 6)
        guard from <= to else { throw HTTPError(.badRequest, message: "from \(from) is after to \(to)") }
        let schedule = try portal.call { () throws(WorkspaceServiceError) in try service.schedule(from: from, to: to, unit: query.get("unit")) }.value
        return JSON(value: schedule.reports.map { report in
            Due(unit: report.unit, name: tree.name(of: report.unit) ?? report.unit, directive: report.directive, obligation: report.obligation,
                period: report.period.period.description, cutoffFrom: report.period.cutoffFrom.description,
                cutoffTo: report.period.cutoffTo.description, deadline: report.deadline?.description,
                to: report.routes.map(\.text), decidedBy: report.decidedBy)
        })
    }

    struct Indicator: Codable, Sendable {
        var id: String, item: String?, text: String, target: String, aspirational: Bool
        var population: Int, meeting: Int?, achieved: Double?, met: Bool?, failing: [String]
    }

    func indicators(_ request: Request) throws -> JSON<[Indicator]> {
        let asOf = try portal.asOf(request)
        let period = try portal.period(request, asOf: asOf)
        let directive = try portal.directive(request)
        let results = try portal.call { () throws(WorkspaceServiceError) in try service.indicators(directive: directive, period: period, asOf: asOf) }.value
        return JSON(value: results.map { result in
            Indicator(id: result.target.id, item: result.target.item, text: result.target.text, target: result.target.target.description,
                      aspirational: result.target.isAspirational, population: result.population, meeting: result.meeting,
                      achieved: result.achieved, met: result.isMet, failing: result.failures.map(\.unit))
        })
    }

    struct UnitPage: Codable, Sendable {
        struct Submitted: Codable, Sendable { var directive: String, obligation: String, period: String, received: String, source: String? }
        var id: String, name: String, level: String, parent: String?, period: String, asOf: String
        var obligations: [Entry], history: [Submitted]
    }

    func unit(_ request: Request, id: String) throws -> JSON<UnitPage> {
        let asOf = try portal.asOf(request)
        let period = try portal.period(request, asOf: asOf)
        let unit = try portal.call { () throws(WorkspaceServiceError) in try service.unit(id) }
        let status = try portal.call { () throws(WorkspaceServiceError) in try service.status(period: period, asOf: asOf, unit: id) }.value
        let history = try portal.call { () throws(WorkspaceServiceError) in try service.submissions() }.filter { $0.unit == id }
            .sorted { $0.receivedAt > $1.receivedAt }
            .map { UnitPage.Submitted(directive: $0.directive, obligation: $0.obligation, period: $0.period.description,
                                      received: ReceivedTime.text(of: $0.receivedAt), source: $0.source) }
        return JSON(value: UnitPage(id: unit.id, name: unit.name, level: unit.level, parent: tree.parentID(of: id, at: asOf),
                                    period: period.description, asOf: asOf.description,
                                    obligations: status.entries.map { Entry($0, tree: tree) }, history: history))
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
    func upload(_ request: Request, id: String) async throws -> JSON<HandInResult> {
        _ = try portal.call { () throws(WorkspaceServiceError) in try service.unit(id) }
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
        let fileName = request.uri.queryParameters.get("filename").map { ($0 as NSString).lastPathComponent } ?? "upload.csv"
        let content = Data(buffer: buffer)
        let outcome = try await portal.work { [token] in
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
