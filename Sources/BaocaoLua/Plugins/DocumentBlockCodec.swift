import BaocaoCore

/// Document blocks as the `document` hook sees them: plain Lua tables it may change and return.
///
/// Every block has `type` ("header", "title", "heading", "paragraph", "list", "table", "chart",
/// "addressees", "recipients", "signature"). Text with emphasis crosses as one string with
/// `**bold**` and `*italic*` marks, so that a plugin edits it like any string.
enum DocumentBlockCodec {
    static func marked(_ runs: [TextRun]) -> String {
        runs.map { run in
            if run.bold && run.italic { return "***\(run.text)***" }
            if run.bold { return "**\(run.text)**" }
            if run.italic { return "*\(run.text)*" }
            return run.text
        }.joined()
    }

    private static func strings(_ items: [String]) -> LuaValue {
        .table(LuaTable(array: items.map(LuaValue.string)))
    }

    static func lua(_ block: DocumentBlock) -> LuaValue {
        var fields: [String: LuaValue] = ["type": .string(block.kind)]
        switch block {
        case .header(let header):
            fields["layout"] = .string(header.layout.rawValue)
            fields["superior"] = .optional(header.superior)
            fields["issuer"] = .string(header.issuer)
            fields["number"] = .optional(header.number)
            fields["place"] = .string(header.place)
            fields["date"] = .optional(header.date?.description)
            fields["summary"] = .optional(header.summary)
        case .title(let title):
            fields["name"] = .string(title.type)
            fields["subject"] = .string(title.subject)
        case .heading(let level, let runs):
            fields["level"] = .integer(Int64(level))
            fields["text"] = .string(marked(runs))
        case .paragraph(let runs):
            fields["text"] = .string(marked(runs))
        case .list(let items):
            fields["items"] = strings(items.map(marked))
        case .table(let table):
            fields["caption"] = .optional(table.caption)
            fields["columns"] = strings(table.columns)
            fields["rows"] = .table(LuaTable(array: table.rows.map(strings)))
            if let widths = table.widths { fields["widths"] = .table(LuaTable(array: widths.map(LuaValue.number))) }
        case .chart(let chart):
            fields["title"] = .string(chart.title)
            fields["bars"] = .table(LuaTable(array: chart.bars.map { .table(LuaTable(fields: ["label": .string($0.label), "value": .number($0.value)])) }))
            fields["maximum"] = .number(chart.maximum)
            fields["unit"] = .string(chart.unit)
        case .addressees(let names):
            fields["names"] = strings(names)
        case .pageBreak: break
        case .recipients(let list):
            fields["recipients"] = strings(list.recipients)
            fields["archive"] = strings(list.archive)
        case .signature(let signer):
            fields["authority"] = .optional(signer.authority?.rawValue)
            fields["on_behalf_of"] = .optional(signer.onBehalfOf)
            fields["title"] = .string(signer.title)
            fields["name"] = .string(signer.name)
            fields["note"] = .optional(signer.note)
        }
        return .table(LuaTable(fields: fields.filter { $0.value != .nil }))
    }

    /// The block a hook returned, or the reason it is not one.
    static func block(_ value: LuaValue) -> Result<DocumentBlock, LuaFunctionError> {
        guard let table = value.tableValue, let type = table["type"].stringValue else {
            return .failure(LuaFunctionError("a block is a table with a 'type' (\(kinds)); the hook gave \(value.typeName == "table" ? "a table without 'type'" : "a \(value.typeName)")"))
        }
        func text(_ key: String) -> Result<String, LuaFunctionError> {
            guard let value = table[key].stringValue else {
                return .failure(LuaFunctionError("a '\(type)' block needs the text '\(key)'"))
            }
            return .success(value)
        }
        func optionalText(_ key: String) -> String? { table[key].stringValue }
        func list(_ key: String, required: Bool = true) -> Result<[String], LuaFunctionError> {
            guard let items = table[key].tableValue else {
                return required ? .failure(LuaFunctionError("a '\(type)' block needs the list '\(key)'")) : .success([])
            }
            var out: [String] = []
            for item in items.array {
                switch item {
                case .string(let text): out.append(text)
                case .integer, .number: out.append(item.description)
                default: return .failure(LuaFunctionError("the list '\(key)' of a '\(type)' block holds a \(item.typeName); it holds texts"))
                }
            }
            return .success(out)
        }
        do {
            switch type {
            case "header":
                let layoutName = optionalText("layout") ?? "state"
                guard let layout = DocumentLayout(rawValue: layoutName) else {
                    return .failure(LuaFunctionError("a header's layout is 'state' or 'party', not '\(layoutName)'"))
                }
                var date: CalendarDate?
                if let dateText = optionalText("date") {
                    guard let parsed = CalendarDate(parsing: dateText) else {
                        return .failure(LuaFunctionError("a header's date is a day such as '2023-11-02', not '\(dateText)'"))
                    }
                    date = parsed
                }
                return .success(.header(DocumentHeader(layout: layout, superior: optionalText("superior"), issuer: try text("issuer").get(),
                                                       number: optionalText("number"), place: try text("place").get(), date: date,
                                                       summary: optionalText("summary"))))
            case "title":
                return .success(.title(DocumentTitle(type: optionalText("name") ?? "Báo cáo", subject: try text("subject").get())))
            case "heading":
                var level = 1
                if table["level"] != .nil {
                    guard let whole = table["level"].intValue, (1...3).contains(whole) else {
                        return .failure(LuaFunctionError("a heading's 'level' is 1, 2 or 3, not \(HookNumbers.shown(table["level"]))"))
                    }
                    level = whole
                }
                return .success(.heading(level: level, TextRun.parse(try text("text").get())))
            case "paragraph":
                return .success(.paragraph(TextRun.parse(try text("text").get())))
            case "list":
                return .success(.list(try list("items").get().map(TextRun.parse)))
            case "table":
                let columns = try list("columns").get()
                var rows: [[String]] = []
                for row in table["rows"].tableValue?.array ?? [] {
                    guard let cells = row.tableValue else {
                        return .failure(LuaFunctionError("a table's rows are lists of texts; one row is a \(row.typeName)"))
                    }
                    rows.append(cells.array.map { $0.stringValue ?? $0.description })
                }
                var widths: [Double]?
                if table["widths"] != .nil {
                    guard let list = table["widths"].tableValue else {
                        return .failure(LuaFunctionError("a table's 'widths' is a list of relative widths such as {3, 1, 1}, not \(HookNumbers.shown(table["widths"]))"))
                    }
                    widths = try list.array.enumerated().map { column, width throws(LuaFunctionError) in
                        try HookNumbers.finite(width, "a table's 'widths': the width of column \(column + 1)", .aboveZero)
                    }
                }
                return .success(.table(DocumentTable(caption: optionalText("caption"), columns: columns, rows: rows, widths: widths)))
            case "chart":
                var bars: [BarChart.Bar] = []
                for item in table["bars"].tableValue?.array ?? [] {
                    guard let bar = item.tableValue, let label = bar["label"].stringValue else {
                        return .failure(LuaFunctionError("a chart's bars are {label = '…', value = 80}"))
                    }
                    guard HookNumbers.number(bar["value"]) != nil else {
                        return .failure(LuaFunctionError("the bar '\(label)' has no number 'value'"))
                    }
                    bars.append(BarChart.Bar(label: label, value: try HookNumbers.finite(bar["value"], "the bar '\(label)': its 'value'")))
                }
                let maximum = table["maximum"] == .nil ? 100
                    : try HookNumbers.finite(table["maximum"], "a chart's 'maximum'", .aboveZero)
                return .success(.chart(BarChart(title: try text("title").get(), bars: bars, maximum: maximum, unit: optionalText("unit") ?? "%")))
            case "addressees":
                return .success(.addressees(try list("names").get()))
            case "recipients":
                return .success(.recipients(RecipientList(recipients: try list("recipients").get(), archive: try list("archive", required: false).get())))
            case "page-break":
                return .success(.pageBreak)
            case "signature":
                var authority: SigningAuthority?
                if let text = optionalText("authority") {
                    guard let parsed = SigningAuthority(rawValue: text) else {
                        return .failure(LuaFunctionError("a signature's authority is one of \(SigningAuthority.allCases.map(\.rawValue).joined(separator: ", ")), not '\(text)'"))
                    }
                    authority = parsed
                }
                return .success(.signature(Signer(authority: authority, onBehalfOf: optionalText("on_behalf_of"), title: try text("title").get(),
                                                  name: try text("name").get(), note: optionalText("note"))))
            default:
                return .failure(LuaFunctionError("'\(type)' is not a block type; the types are \(kinds)"))
            }
        } catch let error as LuaFunctionError {
            return .failure(error)
        } catch {
            return .failure(LuaFunctionError("\(error)"))
        }
    }

    static let kinds = "header, title, heading, paragraph, list, table, chart, addressees, recipients, signature, page-break"
}
