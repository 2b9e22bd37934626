import BaocaoCore
import BaocaoImport

/// The `import` hook: a province's own patterns for `baocao import`, applied after the built-in
/// rules, in chain order.
///
/// Each plugin's hook gets `request.lines` (the text, a read-only list), `request.path` and
/// `request.draft` (what the built-in rules and the plugins before it found), and returns nil or
/// a list of additions, each with the `line` it was read from:
///
/// - `{field = "number" | "type" | "kind" | "issuer" | "superior" | "place" | "date" | "subject" | "closing", value = "…", line = n}`
/// - `{field = "report", title =, to = "Sở Nội vụ" (or a list), through =, deadline = "2023-11-01", periods = {"year"}, from = {"province"}, line = n}`
/// - `{field = "legal_basis", type = "decision", number =, date =, issuer =, line = n}`
/// - `{field = "recipient", value =, line = n}`
/// - `{field = "indicator", item = "III.6", target = "60%", text =, aspirational = true, rated_by =, line = n}`
/// - `{field = "to" | "through" | "deadline", value = "…", line = n}`: changes the report read from line `n`
///
/// A hook that fails, or returns anything else, is recorded as a ``RuleProblem`` with the plugin,
/// file and line, and none of its additions are applied: the import goes on with the rest.
extension PluginChain: ImportRules {
    public func applyImportRules(lines: [String], to draft: inout DirectiveDraft) {
        for runtime in runtimes where runtime.provides(.import) {
            let request = LuaValue.table(.view("import request", [
                "path": .string(draft.path),
                "lines": .table(.list("list of lines", lines.map(LuaValue.string))),
                "draft": Self.draftView(draft),
            ]))
            do {
                let result = try runtime.call(.import, [request])
                if result == .nil { continue }
                var updated = draft
                switch Self.applyAdditions(result, lineCount: lines.count, plugin: runtime.name, to: &updated) {
                case .success: draft = updated
                case .failure(let problem):
                    let location = runtime.definitions[.import].map { "\($0): " } ?? ""
                    problems.append(RuleProblem(plugin: runtime.name, hook: HookName.import.rawValue,
                                                message: location + problem.message, subject: draft.path))
                }
            } catch {
                record(runtime, .import, error, subject: draft.path)
            }
        }
    }

    static func draftView(_ draft: DirectiveDraft) -> LuaValue {
        func text<T>(_ value: Extracted<T>?, _ show: (T) -> String) -> LuaValue { .optional(value.map { show($0.value) }) }
        return .table(.view("import draft", [
            "type": text(draft.type) { $0.rawValue },
            "number": text(draft.number) { $0 },
            "kind": text(draft.kind) { $0.rawValue },
            "issuer": text(draft.issuer) { $0 },
            "superior": text(draft.superior) { $0 },
            "place": text(draft.place) { $0 },
            "date": text(draft.date) { $0.description },
            "subject": text(draft.subject) { $0 },
            "recipients": .table(.list("list of recipients", draft.recipients.map { .string($0.value) })),
            "legal_bases": .table(.list("list of legal bases", draft.legalBases.map { basis in
                .table(.view("legal basis", [
                    "type": .string(basis.type.rawValue), "number": .optional(basis.number),
                    "date": .optional(basis.date?.description), "issuer": .optional(basis.issuer),
                    "line": .integer(Int64(basis.line)),
                ]))
            })),
            "task_groups": .table(.list("list of task groups", draft.taskGroups.map { group in
                .table(.view("task group", [
                    "item": .optional(group.item), "heading": .string(group.heading), "level": .optional(group.role?.rawValue),
                    "line": .integer(Int64(group.line)),
                    "tasks": .table(.list("list of tasks", group.tasks.map { task in
                        .table(.view("task", ["item": .optional(task.item), "text": .string(task.text), "line": .integer(Int64(task.line))]))
                    })),
                ]))
            })),
            "reports": .table(.list("list of reports", draft.reports.map { report in
                .table(.view("report", [
                    "title": .string(report.title),
                    "to": .table(.list("list of receivers", (report.toDirectSuperior ? [RouteTarget.directSuperiorKeyword] : report.receivers).map(LuaValue.string))),
                    "through": .optional(report.channel),
                    "deadline": .optional(report.deadline?.description),
                    "periods": .table(.list("list of period kinds", report.periods.map { .string($0.rawValue) })),
                    "from": .table(.list("list of levels", report.from.map { .string($0.rawValue) })),
                    "item": .optional(report.item), "line": .integer(Int64(report.line)),
                ]))
            })),
            "indicators": .table(.list("list of indicators", draft.indicators.map { indicator in
                .table(.view("indicator", [
                    "id": .string(indicator.id), "item": .optional(indicator.item), "target": .string(indicator.target.description),
                    "aspirational": .boolean(indicator.aspirational), "line": .integer(Int64(indicator.line)),
                ]))
            })),
            "missing": .table(.list("list of missing fields", draft.missing.map { missing in
                .table(.view("missing field", ["field": .string(missing.field), "reason": .string(missing.reason)]))
            })),
        ]))
    }

    static let scalarFields = ["number", "type", "kind", "issuer", "superior", "place", "date", "subject", "closing"]

    /// Applies a hook's result to `draft`, or says what is wrong with it (and then nothing is applied).
    static func applyAdditions(_ value: LuaValue, lineCount: Int, plugin: String,
                               to draft: inout DirectiveDraft) -> Result<Void, LuaFunctionError> {
        let expected = "a list of {field = 'report', line = 98, …} or {field = 'number', value = '…', line = 3}"
        let items: [LuaValue]
        if value.tableValue?["field"] != .nil { items = [value] } else if let table = value.tableValue { items = table.array } else {
            return .failure(unusable(value, expected: expected))
        }
        for (position, item) in items.enumerated() {
            let at = "addition \(position + 1)"
            guard let entry = item.tableValue, let field = entry["field"].stringValue else {
                return .failure(LuaFunctionError("\(at) is not a table with a 'field'; expected \(expected)"))
            }
            guard let line = entry["line"].intValue, (1...max(1, lineCount)).contains(line) else {
                return .failure(LuaFunctionError("\(at) (field '\(field)') has no 'line' between 1 and \(lineCount); every addition names the line it was read from"))
            }
            func text(_ key: String) -> String? { entry[key].stringValue }
            func date(_ key: String) -> Result<CalendarDate?, LuaFunctionError> {
                guard let written = text(key) else { return .success(nil) }
                guard let parsed = CalendarDate(parsing: written) else {
                    return .failure(LuaFunctionError("\(at): '\(written)' is not a date such as '2023-11-01'"))
                }
                return .success(parsed)
            }
            func note(_ shown: String) {
                draft.pluginNotes.append(PluginImportNote(plugin: plugin, field: field, value: shown, line: line))
            }
            switch field {
            case _ where scalarFields.contains(field):
                guard let written = text("value") else { return .failure(LuaFunctionError("\(at): field '\(field)' needs a text 'value'")) }
                switch field {
                case "number": draft.number = Extracted(written, line: line)
                case "type":
                    guard let type = DirectiveType(name: written) else { return .failure(LuaFunctionError("\(at): unknown document type '\(written)'")) }
                    draft.type = Extracted(type, line: line)
                case "kind":
                    guard let kind = IssuerKind(rawValue: written) else { return .failure(LuaFunctionError("\(at): kind is 'state' or 'party', not '\(written)'")) }
                    draft.kind = Extracted(kind, line: line)
                case "issuer": draft.issuer = Extracted(written, line: line)
                case "superior": draft.superior = Extracted(written, line: line)
                case "place": draft.place = Extracted(written, line: line)
                case "date":
                    guard let parsed = CalendarDate(parsing: written) else { return .failure(LuaFunctionError("\(at): '\(written)' is not a date such as '2023-05-09'")) }
                    draft.date = Extracted(parsed, line: line)
                case "subject": draft.subject = Extracted(written, line: line)
                default: draft.closing = Extracted(written, line: line)
                }
                draft.found(field)
                note(written)
            case "recipient":
                guard let written = text("value") else { return .failure(LuaFunctionError("\(at): a recipient needs a text 'value'")) }
                draft.recipients.append(Extracted(written, line: line))
                draft.found("recipients")
                note(written)
            case "legal_basis":
                guard let typeName = text("type"), let type = DirectiveType(name: typeName) else {
                    return .failure(LuaFunctionError("\(at): a legal basis needs a known 'type' such as 'decision'"))
                }
                let parsed: CalendarDate?
                switch date("date") { case .success(let value): parsed = value; case .failure(let problem): return .failure(problem) }
                draft.legalBases.append(DraftLegalBasis(type: type, number: text("number"), date: parsed, issuer: text("issuer"), line: line))
                draft.found("legalBases")
                note(text("number") ?? typeName)
            case "report":
                guard let title = text("title") else { return .failure(LuaFunctionError("\(at): a report needs a 'title'")) }
                let receivers = entry["to"].stringValue.map { [$0] } ?? entry["to"].tableValue?.array.compactMap(\.stringValue) ?? []
                guard !receivers.isEmpty else { return .failure(LuaFunctionError("\(at): a report needs 'to', the receiver as the text names it")) }
                let deadline: CalendarDate?
                switch date("deadline") { case .success(let value): deadline = value; case .failure(let problem): return .failure(problem) }
                var periods: [PeriodKind] = []
                for name in entry["periods"].tableValue?.array.compactMap(\.stringValue) ?? [] {
                    guard let kind = PeriodKind(name: name) else { return .failure(LuaFunctionError("\(at): unknown period '\(name)'")) }
                    periods.append(kind)
                }
                var roles: [LevelRole] = []
                for name in entry["from"].tableValue?.array.compactMap(\.stringValue) ?? [] {
                    guard let role = LevelRole(rawValue: name) else {
                        return .failure(LuaFunctionError("\(at): 'from' lists '\(name)'; use province, district or grassroots"))
                    }
                    roles.append(role)
                }
                // Without 'from', the report is owed by the level of the section its line is in.
                let group = draft.taskGroups.first { $0.tasks.contains { $0.line == line } }
                if roles.isEmpty, let role = group?.role { roles = [role] }
                let direct = receivers == [RouteTarget.directSuperiorKeyword]
                draft.addReport(DraftReport(title: title, from: roles, periods: periods, deadline: deadline,
                                             receivers: direct ? [] : receivers, toDirectSuperior: direct, channel: text("through"),
                                             item: text("item") ?? group?.item, quote: text("quote") ?? "", line: line, addedBy: plugin),
                                 )
                draft.missing.removeAll { $0.field == "reports" }
                note("\(title) → \(receivers.joined(separator: ", "))\(deadline.map { ", \($0)" } ?? "")")
            case "to", "through", "deadline":
                // A change to the report read from `line`: its receiver or channel as the province
                // names them, or a deadline the built-in rules did not read.
                guard let written = text("value") else { return .failure(LuaFunctionError("\(at): field '\(field)' needs a text 'value'")) }
                let indices = draft.reports.indices.filter { draft.reports[$0].line == line }
                guard !indices.isEmpty else {
                    return .failure(LuaFunctionError("\(at): no report was read from line \(line) to change its '\(field)'; add one with field = 'report'"))
                }
                for index in indices {
                    switch field {
                    case "to":
                        let direct = written == RouteTarget.directSuperiorKeyword
                        draft.reports[index].receivers = direct ? [] : [written]
                        draft.reports[index].toDirectSuperior = direct
                    case "through": draft.reports[index].channel = written
                    default:
                        guard let parsed = CalendarDate(parsing: written) else { return .failure(LuaFunctionError("\(at): '\(written)' is not a date such as '2023-11-01'")) }
                        draft.reports[index].deadline = parsed
                    }
                }
                note(written)
            case "indicator":
                guard let written = text("target"), let target = TargetValue(parsing: written) else {
                    return .failure(LuaFunctionError("\(at): an indicator needs a 'target' such as '60%'"))
                }
                let item = text("item")
                let id = text("id") ?? "chi-tieu-" + DirectiveDraft.identifier(for: item ?? "\(draft.indicators.count + 1)")
                let indicator = DraftIndicator(id: id, item: item, text: text("text") ?? "", target: target,
                                               aspirational: entry["aspirational"].isTruthy, ratedBy: text("rated_by"), line: line)
                if let index = draft.indicators.firstIndex(where: { $0.id == id }) { draft.indicators[index] = indicator } else { draft.indicators.append(indicator) }
                draft.found("indicators")
                note("\(id) \(target)")
            default:
                return .failure(LuaFunctionError("\(at) has the field '\(field)'; import hooks add: \((scalarFields + ["report", "to", "through", "deadline", "legal_basis", "recipient", "indicator"]).joined(separator: ", "))"))
            }
        }
        return .success(())
    }
}
