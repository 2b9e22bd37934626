import Baocao
import Foundation
import Hummingbird
import MultipartKit

/// The portal's HTML pages.
struct Pages: Sendable {
    let portal: Portal
    var service: WorkspaceService { portal.service }
    var workspace: Workspace { service.workspace }
    var tree: OrganisationTree { workspace.organisation }

    func page(_ title: String, _ body: String, status: HTTPResponse.Status = .ok, query: String = "") -> HTMLPage {
        HTMLPage(title: title, body: body, status: status, workspaceName: workspace.name, query: query)
    }

    func query(_ period: Period, _ asOf: CalendarDate) -> String { "?period=\(period)&asOf=\(asOf)" }

    /// The notice a page shows when the plugins or the directives' routes had problems while its
    /// figures were worked out: the count, and the first of them with plugin, file and line. Empty
    /// when there were none.
    func notice(_ problems: [RuleProblem]) -> String {
        guard !problems.isEmpty else { return "" }
        var out = "<div class=\"error\" id=\"rule-problems\"><p><strong>\(problems.count) vấn đề trong quy tắc (plugin, tuyến gửi)</strong> khi tính các số liệu dưới đây; các quyết định trước mỗi vấn đề được giữ nguyên. Báo cho người quản trị hệ thống; 'baocao check' chỉ rõ từng vấn đề.</p><ul>"
        out += problems.prefix(10).map { "<li>\(escape($0.description))</li>" }.joined()
        if problems.count > 10 { out += "<li>… và \(problems.count - 10) vấn đề khác</li>" }
        return out + "</ul></div>"
    }

    // MARK: overview

    func overview(_ request: Request) throws -> HTMLPage {
        let asOf = try portal.asOf(request)
        let period = try portal.period(request, asOf: asOf)
        let scheduled = try portal.call { () throws(WorkspaceServiceError) in try service.schedule(from: asOf, to: asOf.adding(days: 13)) }
        let schedule = scheduled.value
        var body = notice(scheduled.problems) + "<p>Ngày xem: <strong>\(asOf.vietnameseShort)</strong>. Văn bản: "
        body += workspace.directives.map { "<strong>\(escape($0.number ?? $0.id))</strong> — \(escape($0.subject))" }.joined(separator: "; ") + ".</p>"
        body += "<h2>Sắp đến hạn (14 ngày tới)</h2>"
        if schedule.reports.isEmpty {
            body += "<p>Không có báo cáo nào đến hạn trong 14 ngày tới.</p>"
        } else {
            body += "<div class=\"scroll\"><table><tr><th>Hạn</th><th>Báo cáo</th><th>Số đơn vị phải gửi</th><th>Gửi về</th></tr>"
            let groups = Dictionary(grouping: schedule.reports) { "\($0.deadline?.description ?? "")|\($0.directive)|\($0.obligation)" }
            for key in groups.keys.sorted() {
                let reports = groups[key]!
                let first = reports[0]
                let title = workspace.directive(first.directive)?.obligation(first.obligation)?.title ?? first.obligation
                let receivers = Set(reports.flatMap { $0.routes.map(\.text) }).sorted()
                let shown = receivers.prefix(3).joined(separator: "; ") + (receivers.count > 3 ? " và \(receivers.count - 3) nơi khác" : "")
                body += "<tr><td class=\"num\">\(first.deadline?.vietnameseShort ?? "—")</td><td>\(escape(title))</td><td class=\"num\">\(reports.count)</td><td>\(escape(shown))</td></tr>"
            }
            body += "</table></div>"
        }
        let status = try portal.call { () throws(WorkspaceServiceError) in try service.status(period: period, asOf: asOf) }.value
        let total = ComplianceRate(group: "all", name: "", entries: status.entries)
        body += "<h2>Tình hình báo cáo \(escape(period.vietnameseName))</h2>"
        body += "<p>Đã gửi <strong>\(total.received)/\(total.expected)</strong> (\(percent(total.reportingRate))), đúng hạn \(total.onTime), chậm \(total.late), quá hạn chưa gửi <span class=\"missing\">\(total.missing)</span>, chưa đến hạn \(total.notYetDue). <a href=\"/status\(query(period, asOf))\">Xem chi tiết</a></p>"
        body += "<h2>Đơn vị</h2><p class=\"muted\">Mỗi đơn vị có trang riêng: báo cáo phải gửi, lịch sử đã gửi, và mẫu nộp báo cáo.</p><ul>"
        for unit in tree.units(at: asOf) where unit.level != tree.levels.last?.id {
            body += "<li><a href=\"/units/\(escape(unit.id))\(query(period, asOf))\">\(escape(unit.name))</a></li>"
        }
        body += "</ul><p class=\"muted\">Các đơn vị cơ sở: mở trang của đơn vị cấp trên trực tiếp, hoặc xem danh sách trong <a href=\"/status\(query(period, asOf))\">tình hình báo cáo</a>.</p>"
        return page("Tổng quan", body, query: query(period, asOf))
    }

    // MARK: status

    func status(_ request: Request) throws -> HTMLPage {
        let asOf = try portal.asOf(request)
        let period = try portal.period(request, asOf: asOf)
        let level = request.uri.queryParameters.get("level")
        let answer = try portal.call { () throws(WorkspaceServiceError) in try service.status(period: period, asOf: asOf, level: level) }
        let report = answer.value
        var body = notice(answer.problems) + "<p>Kỳ báo cáo: <strong>\(escape(period.vietnameseName))</strong>; số liệu đến hết ngày <strong>\(asOf.vietnameseShort)</strong>.</p>"
        body += "<h2>Theo cấp</h2><div class=\"scroll\"><table id=\"levels\"><tr><th>Cấp</th><th>Phải gửi</th><th>Đúng hạn</th><th>Chậm</th><th>Quá hạn chưa gửi</th><th>Chưa đến hạn</th><th>Tỷ lệ đã gửi</th><th>Tỷ lệ đúng hạn</th></tr>"
        let total = report.total
        body += "<tr id=\"total\"><td><strong>Tổng</strong></td><td class=\"num\">\(total.expected)</td><td class=\"num\">\(total.onTime)</td>"
            + "<td class=\"num\">\(total.late)</td><td class=\"num\">\(total.missing)</td><td class=\"num\">\(total.notYetDue)</td>"
            + "<td class=\"num\">\(percent(total.reportingRate))</td><td class=\"num\">\(percent(total.onTimeRate))</td></tr>"
        for rate in report.byLevel {
            body += "<tr data-level=\"\(escape(rate.group))\"><td><a href=\"/status\(query(period, asOf))&level=\(escape(rate.group))\">\(escape(rate.name))</a></td>"
                + "<td class=\"num expected\">\(rate.expected)</td><td class=\"num on-time\">\(rate.onTime)</td><td class=\"num late\">\(rate.late)</td>"
                + "<td class=\"num missing\">\(rate.missing)</td><td class=\"num not-yet-due\">\(rate.notYetDue)</td>"
                + "<td class=\"num\">\(percent(rate.reportingRate))</td><td class=\"num\">\(percent(rate.onTimeRate))</td></tr>"
        }
        body += "</table></div>"
        body += "<h2>Theo đơn vị\(level.map { " — cấp \(escape(tree.level($0)?.name ?? $0))" } ?? "")</h2>"
        body += "<div class=\"scroll\"><table id=\"entries\"><tr><th>Đơn vị</th><th>Báo cáo</th><th>Hạn</th><th>Tình trạng</th></tr>"
        for entry in report.entries {
            let label = stateLabel(entry.state)
            let title = workspace.directive(entry.report.directive)?.obligation(entry.report.obligation)?.title ?? entry.report.obligation
            body += "<tr><td><a href=\"/units/\(escape(entry.report.unit))\(query(period, asOf))\">\(escape(tree.name(of: entry.report.unit) ?? entry.report.unit))</a></td>"
                + "<td>\(escape(title))</td><td class=\"num\">\(entry.report.deadline?.vietnameseShort ?? "—")</td>"
                + "<td class=\"\(label.css)\">\(label.text)</td></tr>"
        }
        body += "</table></div>"
        return page("Tình hình báo cáo", body, query: query(period, asOf))
    }

    // MARK: indicators

    func indicators(_ request: Request) throws -> HTMLPage {
        let asOf = try portal.asOf(request)
        let period = try portal.period(request, asOf: asOf)
        let directive = try portal.directive(request)
        let answer = try portal.call { () throws(WorkspaceServiceError) in try service.indicators(directive: directive, period: period, asOf: asOf) }
        let results = answer.value
        var body = notice(answer.problems) + "<p>\(escape(directive.number ?? directive.id)), \(escape(period.vietnameseName)), số liệu đến ngày \(asOf.vietnameseShort).</p>"
        if results.isEmpty {
            body += "<p>Văn bản không đặt chỉ tiêu định lượng.</p>"
        } else {
            body += "<div class=\"scroll\"><table id=\"indicators\"><tr><th>Mục</th><th>Chỉ tiêu</th><th>Mục tiêu</th><th>Đạt được</th><th>Đánh giá</th><th>Đơn vị chưa đạt</th></tr>"
            for result in results {
                let achieved = result.achieved.map { (result.target.target.isPercent ? VietnameseNumber.decimal($0) : VietnameseNumber.measure($0)) + (result.target.target.isPercent ? "%" : "") } ?? "—"
                let verdict = result.isMet.map { $0 ? "<span class=\"met\">Đạt</span>" : "<span class=\"not-met\">Chưa đạt</span>" } ?? "Chưa đủ số liệu"
                body += "<tr><td>\(escape(result.target.item ?? result.target.id))</td><td>\(escape(result.target.text))</td>"
                    + "<td class=\"num\">\(escape(result.target.target.description))</td><td class=\"num\">\(achieved)</td><td>\(verdict)</td><td class=\"num\">\(result.failures.count)</td></tr>"
            }
            body += "</table></div>"
        }
        return page("Chỉ tiêu", body, query: query(period, asOf))
    }

    // MARK: report

    func reportForm(_ request: Request) throws -> HTMLPage {
        let asOf = try portal.asOf(request)
        let period = try portal.period(request, asOf: asOf)
        var body = "<p>Báo cáo tổng hợp theo thể thức văn bản (Nghị định 30/2020/NĐ-CP; văn bản của Đảng theo Hướng dẫn 36-HD/VPTW), số liệu đến ngày \(asOf.vietnameseShort).</p><ul>"
        for directive in workspace.directives {
            let base = "/report/download?directive=\(escape(directive.id))&period=\(period)&asOf=\(asOf)"
            body += "<li>\(escape(directive.number ?? directive.id)), \(escape(period.vietnameseName)): <a href=\"\(base)&format=docx\">tải Word (.docx)</a> · <a href=\"\(base)&format=html\">xem HTML</a></li>"
        }
        body += "</ul>"
        return page("Báo cáo tổng hợp", body, query: query(period, asOf))
    }

    func download(_ request: Request) throws -> Response {
        let asOf = try portal.asOf(request)
        let period = try portal.period(request, asOf: asOf)
        let directive = try portal.directive(request)
        let format = DocumentFormat(rawValue: request.uri.queryParameters.get("format") ?? "docx") ?? .docx
        let result = try portal.call { () throws(WorkspaceServiceError) in try service.report(directive: directive, period: period, asOf: asOf) }.value
        let data = try format.data(for: result.document)
        let name = "bao-cao-\(directive.id)-\(period).\(format.rawValue)"
        let type = switch format {
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .html: "text/html; charset=utf-8"
        case .md: "text/markdown; charset=utf-8"
        }
        var headers: HTTPFields = [.contentType: type]
        if format != .html { headers[.contentDisposition] = "attachment; filename=\"\(name)\"" }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    // MARK: a unit's page

    func unit(_ request: Request, id: String, notice: String? = nil, refusal: (fileName: String, content: Data, problems: [Diagnostic])? = nil,
              status: HTTPResponse.Status = .ok) throws -> HTMLPage {
        let asOf = try portal.asOf(request)
        let period = try portal.period(request, asOf: asOf)
        let unit = try portal.call { () throws(WorkspaceServiceError) in try service.unit(id) }
        var body = ""
        if let notice { body += "<p class=\"notice\" id=\"notice\">\(escape(notice))</p>" }
        if let refusal { body += refusalTable(refusal.fileName, refusal.content, refusal.problems) }
        let parent = tree.parent(of: unit.id, at: asOf)
        body += "<p>Cấp: \(escape(tree.level(unit.level)?.name ?? unit.level))" + (parent.map { "; cấp trên trực tiếp: <a href=\"/units/\(escape($0.id))\(query(period, asOf))\">\(escape($0.name))</a>" } ?? "") + ".</p>"
        let answer = try portal.call { () throws(WorkspaceServiceError) in try service.status(period: period, asOf: asOf, unit: unit.id) }
        let owed = answer.value
        body += self.notice(answer.problems)
        body += "<h2>Báo cáo phải gửi — \(escape(period.vietnameseName))</h2>"
        if owed.entries.isEmpty {
            body += "<p>Đơn vị không phải gửi báo cáo nào trong kỳ này.</p>"
        } else {
            body += "<div class=\"scroll\"><table id=\"obligations\"><tr><th>Báo cáo</th><th>Hạn</th><th>Gửi về</th><th>Tình trạng</th></tr>"
            for entry in owed.entries {
                let label = stateLabel(entry.state)
                let title = workspace.directive(entry.report.directive)?.obligation(entry.report.obligation)?.title ?? entry.report.obligation
                body += "<tr><td>\(escape(title))</td><td class=\"num\">\(entry.report.deadline?.vietnameseShort ?? "—")</td>"
                    + "<td>\(escape(entry.report.routes.map(\.text).joined(separator: "; ")))</td><td class=\"\(label.css)\">\(label.text)</td></tr>"
            }
            body += "</table></div>"
        }
        let history = try portal.call { () throws(WorkspaceServiceError) in try service.submissions() }.filter { $0.unit == unit.id }
            .sorted { $0.receivedAt > $1.receivedAt }
        body += "<h2>Lịch sử đã gửi</h2>"
        if history.isEmpty {
            body += "<p id=\"history-empty\">Chưa có báo cáo nào được lưu.</p>"
        } else {
            body += "<div class=\"scroll\"><table id=\"history\"><tr><th>Nhận lúc</th><th>Báo cáo</th><th>Kỳ</th><th>Tệp</th></tr>"
            for submission in history {
                let title = workspace.directive(submission.directive)?.obligation(submission.obligation)?.title ?? submission.obligation
                body += "<tr><td class=\"num\">\(escape(ReceivedTime.text(of: submission.receivedAt)))</td><td>\(escape(title))</td>"
                    + "<td>\(escape(submission.period.description))</td><td>\(escape(submission.source ?? ""))</td></tr>"
            }
            body += "</table></div>"
        }
        let children = tree.children(of: unit.id, at: asOf)
        if !children.isEmpty {
            body += "<h2>Đơn vị trực thuộc (\(children.count))</h2><ul>" + children.map { "<li><a href=\"/units/\(escape($0.id))\(query(period, asOf))\">\(escape($0.name))</a></li>" }.joined() + "</ul>"
        }
        body += """
            <h2>Nộp báo cáo</h2>
            <form method="post" action="/units/\(escape(unit.id))/submissions\(query(period, asOf))" enctype="multipart/form-data">
            <label for="token">Mã nộp báo cáo của đơn vị</label>
            <input type="password" id="token" name="token" autocomplete="off" required>
            <label for="file">Tệp báo cáo (.xlsx, .csv, .json; tối đa \(portal.configuration.maxUploadBytes / 1024) KB)</label>
            <input type="file" id="file" name="file" accept=".xlsx,.csv,.json,.yaml" required>
            <br><button type="submit">Nộp</button>
            <p class="muted">Tệp được kiểm tra trước khi lưu: có lỗi thì không lưu gì, và lỗi được chỉ ra theo từng dòng.</p>
            </form>
            """
        return page(unit.name, body, status: status, query: query(period, asOf))
    }

    /// A refused file's rows (for CSV) with the problems beside the rows they concern; for other
    /// formats, the problems by row and column.
    func refusalTable(_ fileName: String, _ content: Data, _ problems: [Diagnostic]) -> String {
        var out = "<div class=\"error\" id=\"refused\"><p><strong>Tệp \(escape(fileName)) không được lưu</strong>: \(problems.count) lỗi. Sửa các dòng dưới đây rồi nộp lại.</p></div>"
        let byLine = Dictionary(grouping: problems) { $0.location.line }
        if fileName.lowercased().hasSuffix(".csv"), let text = String(data: content, encoding: .utf8) {
            out += "<div class=\"scroll\"><table id=\"rows\"><tr><th>Dòng</th><th>Nội dung</th><th>Lỗi</th></tr>"
            for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
                let number = offset + 1
                let messages = (byLine[number] ?? []).map { "cột \($0.location.column): \($0.message)" }
                out += "<tr\(messages.isEmpty ? "" : " class=\"bad\"")><td class=\"num\">\(number)</td><td>\(escape(String(line)))</td>"
                    + "<td class=\"why\">\(messages.map(escape).joined(separator: "<br>"))</td></tr>"
            }
            out += "</table></div>"
        } else {
            out += "<ul id=\"problems\">" + problems.map { "<li>Dòng \($0.location.line), cột \($0.location.column): \(escape($0.message))</li>" }.joined() + "</ul>"
        }
        return out
    }

    // MARK: upload

    /// The parts of a multipart/form-data body.
    static func parts(of buffer: ByteBuffer, boundary: String) throws -> [MultipartPart] {
        var parts: [MultipartPart] = []
        var headers = HTTPHeaders()
        var body = ByteBuffer()
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in headers.add(name: name, value: value) }
        parser.onBody = { chunk in body.writeBuffer(&chunk) }
        parser.onPartComplete = {
            parts.append(MultipartPart(headers: headers, body: body))
            headers = HTTPHeaders()
            body = ByteBuffer()
        }
        try parser.execute(buffer)
        return parts
    }

    /// Reads the form (on the server's own tasks), then checks the token and stores the file as
    /// one job of the request's work, counting a wrong token (``Portal/handIn(unit:address:_:)``),
    /// and builds the unit's page as another (see ``Portal/work(_:)``). After too many wrong
    /// tokens the unit's page says so (429) before the form is read.
    func upload(_ request: Request, id: String, from address: String) async throws -> HTMLPage {
        let limit = portal.configuration.maxUploadBytes
        _ = try portal.call { () throws(WorkspaceServiceError) in try service.unit(id) }
        do {
            try await portal.admit(unit: id, address: address)
        } catch let refused as TooManyWrongTokens {
            // The unit's page, saying why and for how long, rather than a bare 429.
            var page = try await portal.work {
                try unit(request, id: id, refusal: ("?", Data(), [Diagnostic(SourceLocation(file: "?", line: 1, column: 1), refused.vietnamese)]),
                         status: .tooManyRequests)
            }
            page.headers[.retryAfter] = String(refused.retryAfter)
            return page
        }
        let refused = { (fileName: String, content: Data, message: String, status: HTTPResponse.Status) async throws -> HTMLPage in
            try await portal.work {
                try unit(request, id: id, refusal: (fileName, content, [Diagnostic(SourceLocation(file: fileName, line: 1, column: 1), message)]),
                         status: status)
            }
        }
        guard let contentType = request.headers[.contentType], let boundary = Self.boundary(contentType) else {
            return try await refused("?", Data(), "the form must be sent as multipart/form-data", .badRequest)
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit + 64 * 1024)
        } catch {
            return try await refused("?", Data(), "the file is larger than \(limit / 1024) KB; split it or ask the province to raise the limit",
                                     .contentTooLarge)
        }
        let parts = (try? Self.parts(of: buffer, boundary: boundary)) ?? []
        guard let file = parts.first(where: { $0.name == "file" }) else {
            return try await refused("?", Data(), "the form has no file, or cannot be read", .badRequest)
        }
        let token = parts.first(where: { $0.name == "token" }).map { String(buffer: $0.body).trimmingCharacters(in: .whitespacesAndNewlines) }
        let content = Data(buffer: file.body)
        let fileName = Self.fileName(file) ?? "tep-bao-cao.csv"
        guard content.count <= limit else {
            return try await refused(fileName, Data(), "the file is larger than \(limit / 1024) KB", .contentTooLarge)
        }
        let outcome = try await portal.handIn(unit: id, address: address) {
            HandIn.run(service: service, unit: id, token: token, fileName: fileName, content: content)
        }
        return try await portal.work {
            switch outcome {
            case .stored(let count):
                return try unit(request, id: id, notice: "Đã lưu \(count) báo cáo từ tệp \(fileName).")
            case .alreadyStored(let at):
                return try unit(request, id: id, notice: "Tệp \(fileName) đã được nộp trước đây (\(at)); không lưu thêm.")
            case .refused(let problems):
                return try unit(request, id: id, refusal: (fileName, content, problems), status: .unprocessableContent)
            case .forbidden(let reason):
                return try unit(request, id: id, refusal: (fileName, Data(), [Diagnostic(SourceLocation(file: fileName, line: 1, column: 1), reason)]),
                                status: .forbidden)
            }
        }
    }

    static func boundary(_ contentType: String) -> String? {
        guard contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        for part in contentType.split(separator: ";") {
            let pair = part.trimmingCharacters(in: .whitespaces)
            if pair.lowercased().hasPrefix("boundary=") {
                return String(pair.dropFirst("boundary=".count)).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
        }
        return nil
    }

    static func fileName(_ part: MultipartPart) -> String? {
        guard let disposition = part.headers.first(name: "Content-Disposition") else { return nil }
        for piece in disposition.split(separator: ";") {
            let pair = piece.trimmingCharacters(in: .whitespaces)
            if pair.hasPrefix("filename=") {
                let name = String(pair.dropFirst("filename=".count)).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                let base = (name as NSString).lastPathComponent
                return base.isEmpty ? nil : base
            }
        }
        return nil
    }
}
