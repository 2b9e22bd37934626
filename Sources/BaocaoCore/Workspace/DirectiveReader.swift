import Yams

/// Reads one `directives/*.yaml` file into a ``Directive``, checking every level, kind, unit,
/// department, obligation and field it names against the workspace's organisation.
struct DirectiveReader {
    static let keys = ["type", "number", "issuer", "place", "date", "subject", "addressees",
                       "legalBases", "purposes", "tasks", "reports", "indicators", "closing",
                       "recipients", "archive", "signer", "effectiveFrom", "effectiveUntil"]
    static let selectorKeys = ["levels", "kinds", "units", "parent", "under", "department"]
    static let obligationKeys = ["id", "title", "from", "periods", "deadline", "to", "through",
                                 "fields", "item", "quote", "note", "consolidates"]
    static let indicatorKeys = ["id", "item", "text", "measure", "population", "condition", "report",
                                "numerator", "denominator", "field", "target", "aspirational", "ratedBy"]

    let id: DirectiveID
    let file: YAMLFile
    let tree: OrganisationTree

    func read() -> Directive? {
        guard let root = file.root else {
            if file.log.isEmpty { file.log.add(file.location(nil), "the directive file is empty") }
            return nil
        }
        guard let top = file.attempt({ () throws(Diagnostic) in
            try file.mapping(root, what: "directive", keys: Self.keys)
        }) else { return nil }

        let type = top.required("type", hint: "the document type, such as plan (Kế hoạch) or official-letter (Công văn)") {
            node throws(Diagnostic) in
            let text = try file.text(node)
            guard let type = DirectiveType(name: text) else {
                throw file.error(node, "unknown document type '\(text)'; use one of: \(DirectiveType.allCases.map(\.rawValue).joined(separator: ", ")) (or its Vietnamese name, such as 'Kế hoạch')")
            }
            return type
        }
        let number = top.optional("number", documentNumber)
        let issuer = top.required("issuer", readIssuer)
        let place = top.required("place", hint: "the place in the date line, such as 'Tây Ninh'", file.text)
        let date = top.required("date", hint: "the date the directive was signed, such as 2023-05-09", file.date)
        let subject = top.required("subject", hint: "the title, or the text after 'V/v' for an official letter", file.text)
        let addressees = top.optional("addressees", textList) ?? []
        let legalBases = top.optional("legalBases") { node throws(Diagnostic) in
            try file.mappings(node, what: "legal basis", keys: ["type", "number", "date", "issuer", "subject"], readLegalBasis)
        } ?? []
        let purposes = top.optional("purposes", textList) ?? []
        let taskGroups = top.optional("tasks") { node throws(Diagnostic) in
            try file.mappings(node, what: "task group", keys: ["item", "heading", "for", "tasks"], readTaskGroup)
        } ?? []
        let obligations = top.optional("reports") { node throws(Diagnostic) in
            try file.mappings(node, what: "reporting obligation", keys: Self.obligationKeys) { readObligation($0, directiveDate: date) }
        } ?? []
        checkUnique(obligations.map(\.id), what: "reporting obligation", at: top.location("reports"))
        checkConsolidated(obligations)
        let effectiveFrom = top.optional("effectiveFrom", file.date)
        let effectiveUntil = top.optional("effectiveUntil", file.date)
        if let effectiveFrom, let effectiveUntil, effectiveUntil < effectiveFrom {
            top.report("effectiveUntil", "effectiveUntil \(effectiveUntil) is before effectiveFrom \(effectiveFrom); check the dates")
        }
        let indicators = top.optional("indicators") { node throws(Diagnostic) in
            try file.mappings(node, what: "indicator", keys: Self.indicatorKeys) { readIndicator($0, obligations: obligations) }
        } ?? []
        checkUnique(indicators.map(\.id), what: "indicator", at: top.location("indicators"))
        let closing = top.optional("closing", file.text)
        let recipients = top.optional("recipients", textList) ?? []
        let archive = top.optional("archive", textList) ?? []
        let signer = top.required("signer", readSigner)

        guard let type, let issuer, let place, let date, let subject, let signer else { return nil }
        return Directive(
            id: id, type: type, number: number, issuer: issuer, place: place, date: date,
            subject: subject, addressees: addressees, legalBases: legalBases, purposes: purposes,
            taskGroups: taskGroups, obligations: obligations, indicators: indicators,
            closing: closing, recipients: recipients, archive: archive, signer: signer,
            effectiveFrom: effectiveFrom, effectiveUntil: effectiveUntil)
    }

    /// Each `consolidates:` names another obligation of the same directive.
    private func checkConsolidated(_ obligations: [ReportingObligation]) {
        let ids = Set(obligations.map(\.id))
        for obligation in obligations {
            if obligation.deadlineRule?.afterConsolidated != nil {
                let ruled = obligations.filter { contributor in
                    obligation.consolidates.contains(contributor.id) && contributor.deadlineRule.map { $0.day != nil || !$0.kinds.isEmpty } == true
                }
                if obligation.consolidates.isEmpty || ruled.isEmpty {
                    file.log.add(obligation.source ?? file.location(nil), "reporting obligation '\(obligation.id)' has a deadline 'afterConsolidated', so it needs 'consolidates' naming obligations whose deadline is a rule with a day")
                }
            }
            for id in obligation.consolidates where id == obligation.id || !ids.contains(id) {
                let location = obligation.source ?? file.location(nil)
                if id == obligation.id {
                    file.log.add(location, "reporting obligation '\(id)' consolidates itself; a report of the same obligation one level up is always what its senders are held before, so leave it out")
                } else {
                    let hint = YAMLFile.closest(to: id, in: ids.sorted()).map { "; did you mean '\($0)'?" } ?? "; it names another reporting obligation of this directive"
                    file.log.add(location, "reporting obligation '\(obligation.id)' consolidates '\(id)', which this directive does not have\(hint)")
                }
            }
        }
    }

    // MARK: Header and footer

    private func documentNumber(_ node: Node) throws(Diagnostic) -> String {
        let number = try file.text(node)
        guard !number.contains(where: \.isWhitespace) else {
            let compact = number.filter { !$0.isWhitespace }
            throw file.error(node, "write the number without spaces, as '\(compact)'")
        }
        guard number.contains("/") else {
            throw file.error(node, "'\(number)' does not look like a document number; expected sequence, type and issuer, such as '439/KH-LĐLĐ' or '558-CV/ĐUK'")
        }
        return number
    }

    private func textList(_ node: Node) throws(Diagnostic) -> [String] {
        try file.list(node, file.text)
    }

    private func readIssuer(_ node: Node) throws(Diagnostic) -> Issuer {
        let entry = try file.mapping(node, what: "issuer", keys: ["name", "superior", "unit", "kind"])
        let name = entry.required("name", hint: "the issuing body as the document names it", file.text)
        let superior = entry.optional("superior", file.text)
        let unit = entry.optional("unit", unitReference)
        let kind = entry.optional("kind") { node throws(Diagnostic) in
            let text = try file.text(node)
            guard let kind = IssuerKind(rawValue: text) else {
                throw file.error(node, "issuer kind must be 'state' (Decree 30 layout) or 'party' (the Party's layout), found '\(text)'")
            }
            return kind
        } ?? .state
        guard let name else { throw file.error(node, "the issuer needs a name") }
        return Issuer(name: name, superior: superior, unit: unit, kind: kind)
    }

    private func readLegalBasis(_ entry: YAMLMapping) -> LegalBasis? {
        let type = entry.required("type") { node throws(Diagnostic) in
            let text = try file.text(node)
            guard let type = DirectiveType(name: text) else {
                throw file.error(node, "unknown document type '\(text)'; use one of: \(DirectiveType.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return type
        }
        let number = entry.optional("number", documentNumber)
        let date = entry.optional("date", file.date)
        let issuer = entry.optional("issuer", file.text)
        let subject = entry.optional("subject", file.text)
        guard let type else { return nil }
        return LegalBasis(type: type, number: number, date: date, issuer: issuer, subject: subject)
    }

    private func readSigner(_ node: Node) throws(Diagnostic) -> Signer {
        let entry = try file.mapping(node, what: "signer", keys: ["authority", "for", "title", "name", "note"])
        let authority = entry.optional("authority") { node throws(Diagnostic) in
            let text = try file.text(node).uppercased()
            let normalised = text.hasSuffix(".") || text.contains("/") ? text : text + "."
            guard let authority = SigningAuthority(rawValue: normalised) else {
                throw file.error(node, "unknown signing authority '\(text)'; use one of: \(SigningAuthority.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return authority
        }
        let onBehalfOf = entry.optional("for", file.text)
        let title = entry.required("title", hint: "the signer's title, such as 'PHÓ CHỦ TỊCH'", file.text)
        let name = entry.required("name", hint: "the signer's name", file.text)
        let note = entry.optional("note", file.text)
        if authority != nil, onBehalfOf == nil {
            entry.report("authority", "signer has an authority but no 'for'; say who it is exercised for, such as 'BAN THƯỜNG VỤ'")
        }
        guard let title, let name else { throw file.error(node, "the signer needs a title and a name") }
        return Signer(authority: authority, onBehalfOf: onBehalfOf, title: title, name: name, note: note)
    }

    // MARK: Tasks

    private func readTaskGroup(_ entry: YAMLMapping) -> TaskGroup? {
        let item = entry.optional("item", file.text)
        let heading = entry.required("heading", hint: "the section heading as printed", file.text)
        let assignee = entry.optional("for", selector)
        let tasks = entry.required("tasks", hint: "the tasks of the section") { node throws(Diagnostic) in
            try file.list(node, readTask)
        } ?? []
        guard let heading else { return nil }
        return TaskGroup(item: item, heading: heading, assignee: assignee, tasks: tasks)
    }

    private func readTask(_ node: Node) throws(Diagnostic) -> DirectiveTask {
        if case .scalar = node { return DirectiveTask(text: try file.text(node)) }
        let entry = try file.mapping(node, what: "task", keys: ["item", "text", "details"])
        let item = entry.optional("item", file.text)
        let text = entry.required("text", hint: "the task as the directive states it", file.text)
        let details = entry.optional("details", textList) ?? []
        guard let text else { throw file.error(node, "the task needs a text") }
        return DirectiveTask(item: item, text: text, details: details)
    }

    // MARK: References

    private func unitReference(_ node: Node) throws(Diagnostic) -> UnitID {
        let id = try file.text(node)
        guard tree.unit(id) != nil else {
            if file.log.isUnreadable("unit:\(id)") { throw .alreadyReported }
            let hint = YAMLFile.closest(to: id, in: tree.units.map(\.id)).map { "; did you mean '\($0)'?" } ?? ""
            if tree.body(id) != nil {
                throw file.error(node, "'\(id)' is an external body, not a unit of the hierarchy")
            }
            throw file.error(node, "unknown unit '\(id)'; no unit in the workspace's unit files has that id\(hint)")
        }
        return id
    }

    private func organisationReference(_ node: Node) throws(Diagnostic) -> UnitID {
        let id = try file.text(node)
        guard tree.unit(id) != nil || tree.body(id) != nil else {
            if file.log.isUnreadable("unit:\(id)") { throw .alreadyReported }
            let known = tree.units.map(\.id) + tree.bodies.map(\.id)
            let hint = YAMLFile.closest(to: id, in: known).map { "; did you mean '\($0)'?" } ?? ""
            throw file.error(node, "unknown unit or body '\(id)'; add it to a unit file (bodies: for UBND tỉnh, Sở Nội vụ and the like)\(hint)")
        }
        return id
    }

    private func levelReference(_ node: Node) throws(Diagnostic) -> LevelID {
        try WorkspaceManifest.reference(node, in: file, to: Set(tree.levels.map(\.id)), what: "level",
                                        listed: "levels in workspace.yaml")
    }

    private func kindReference(_ node: Node) throws(Diagnostic) -> KindID {
        try WorkspaceManifest.reference(node, in: file, to: Set(tree.kinds.map(\.id)), what: "kind",
                                        listed: "kinds in workspace.yaml")
    }

    /// A list of level ids (`district`, `[district, grassroots]`) or a mapping of conditions.
    private func selector(_ node: Node) throws(Diagnostic) -> UnitSelector {
        guard case .mapping = node else { return UnitSelector(levels: try file.list(node, levelReference)) }
        let entry = try file.mapping(node, what: "unit selector", keys: Self.selectorKeys)
        let levels = entry.optional("levels") { node throws(Diagnostic) in try file.list(node, levelReference) } ?? []
        let kinds = entry.optional("kinds") { node throws(Diagnostic) in try file.list(node, kindReference) } ?? []
        let units = entry.optional("units") { node throws(Diagnostic) in try file.list(node, unitReference) } ?? []
        let parent = entry.optional("parent", unitReference)
        let under = entry.optional("under", unitReference)
        let department = entry.optional("department") { node throws(Diagnostic) in
            let id = try file.identifier(node)
            let owners = units.isEmpty ? tree.units.map(\.id) : units
            let missing = owners.filter { tree.unit($0)?.department(id) == nil }
            if units.isEmpty ? missing.count == owners.count : !missing.isEmpty {
                throw file.error(node, "unknown department '\(id)'\(units.isEmpty ? "" : " of \(missing.joined(separator: ", "))"); departments are listed under each unit in the unit files")
            }
            return id
        }
        return UnitSelector(levels: levels, kinds: kinds, units: units, parent: parent, under: under, department: department)
    }

    // MARK: Reporting obligations

    private func readObligation(_ entry: YAMLMapping, directiveDate: CalendarDate?) -> ReportingObligation? {
        let id = entry.required("id", file.identifier)
        let title = entry.required("title", hint: "what is reported, as the directive names it", file.text)
        let reporters = entry.required("from", hint: "who owes the report: a level, a list of levels, or a mapping such as {levels: [grassroots], parent: ldld-tinh}", selector)
        let periods = entry.optional("periods") { node throws(Diagnostic) -> [PeriodKind] in
            try file.list(node) { item throws(Diagnostic) -> PeriodKind in
                let text = try file.text(item)
                guard let kind = PeriodKind(name: text) else {
                    throw file.error(item, "unknown period '\(text)'; use month, quarter, six-months, nine-months or year (or 'hằng tháng', 'quý', '6 tháng', '9 tháng', 'năm')")
                }
                return kind
            }
        } ?? []
        var deadline: CalendarDate?
        var deadlineRule: DeadlineRule?
        if let node = entry.value("deadline") {
            if case .mapping = node {
                deadlineRule = file.attempt { () throws(Diagnostic) in try readDeadlineRule(node, periods: periods) }
            } else {
                deadline = entry.optional("deadline", file.date)
            }
        }
        if let deadline, let directiveDate, deadline < directiveDate {
            entry.report("deadline", "deadline \(deadline) is before the directive's date \(directiveDate); check the year")
        }
        // Each receiver, with its own channel when it is written {to: …, through: …}.
        let targets = entry.required("to", hint: "where the report goes: a unit or body id, 'direct-superior', or a list of them (each may be {to: ubnd-tinh, through: so-noi-vu})") {
            node throws(Diagnostic) in
            try file.list(node) { item throws(Diagnostic) -> (RouteTarget, UnitID?) in
                if case .mapping = item {
                    let route = try file.mapping(item, what: "receiver", keys: ["to", "through"])
                    guard let toNode = route.value("to") else {
                        throw file.error(item, "a receiver written as a mapping needs 'to', such as {to: ubnd-tinh, through: so-noi-vu}")
                    }
                    let target = try routeTarget(toNode)
                    let through = try route.value("through").map { node throws(Diagnostic) in try channel(node, receivers: [target]) }
                    return (target, through)
                }
                return (try routeTarget(item), nil)
            }
        }
        let through = entry.optional("through") { node throws(Diagnostic) in
            try channel(node, receivers: targets?.map(\.0) ?? [])
        }
        let fields = entry.optional("fields") { node throws(Diagnostic) in
            try file.mappings(node, what: "field", keys: ["id", "label", "type"], readField)
        } ?? []
        checkUnique(fields.map(\.id), what: "field", at: entry.location("fields"))
        let item = entry.optional("item", file.text)
        let quote = entry.optional("quote", file.text)
        let note = entry.optional("note", file.text)
        let consolidates = entry.optional("consolidates") { node throws(Diagnostic) in try file.list(node, file.identifier) } ?? []
        if periods.isEmpty, deadline == nil, entry.has("periods") == false, quote == nil {
            entry.report("id", "reporting obligation '\(id ?? "?")' has neither periods nor a deadline; give them, or quote the directive's words ('theo quy định') in 'quote'")
        }
        guard let id, let title, let reporters, let targets else {
            if let id { file.log.markUnreadable("obligation:\(self.id)/\(id)") }
            return nil
        }
        return ReportingObligation(
            id: id, title: title, reporters: reporters, periods: periods, deadline: deadline,
            routes: targets.map { Route(to: $0.0, through: $0.1 ?? through) }, fields: fields, item: item,
            quote: quote, note: note, consolidates: consolidates, source: entry.location("to"), deadlineRule: deadlineRule)
    }

    /// A receiver: a unit or body id, or `direct-superior`.
    private func routeTarget(_ node: Node) throws(Diagnostic) -> RouteTarget {
        let text = try file.text(node)
        if text == RouteTarget.directSuperiorKeyword { return .directSuperior }
        return .organisation(try organisationReference(node))
    }

    static let deadlineRuleKeys = ["day", "month", "levels", "kinds", "beforeReceiver", "afterConsolidated"]

    /// `deadline:` written as a rule: `{day: 15, month: last}`, with `levels`, `kinds`,
    /// `beforeReceiver`, `afterConsolidated`.
    private func readDeadlineRule(_ node: Node, periods: [PeriodKind]) throws(Diagnostic) -> DeadlineRule {
        let entry = try file.mapping(node, what: "deadline rule", keys: Self.deadlineRuleKeys)
        let day = try readDeadlineDay(entry, node: node, required: false)
        var kinds: [PeriodKind: DeadlineRule.Day] = [:]
        if let kindsNode = entry.value("kinds") {
            guard case .mapping(let mapping) = kindsNode else {
                throw file.error(kindsNode, "'kinds' gives a day per period kind, such as {year: {day: 10, month: 11}}")
            }
            for (key, value) in mapping {
                let text = try file.text(key)
                guard let kind = PeriodKind(name: text) else {
                    throw file.error(key, "unknown period '\(text)'; use month, quarter, six-months, nine-months or year")
                }
                if !periods.isEmpty, !periods.contains(kind) {
                    throw file.error(key, "the report is not owed for '\(text)' periods (its periods are \(periods.map(\.rawValue).joined(separator: ", ")))")
                }
                let kindEntry = try file.mapping(value, what: "deadline of \(text) periods", keys: ["day", "month", "levels"])
                guard let kindDay = try readDeadlineDay(kindEntry, node: value, required: true) else { continue }
                kinds[kind] = kindDay
            }
        }
        if day == nil && kinds.isEmpty && !entry.has("afterConsolidated") {
            throw file.error(node, "a deadline rule needs a 'day' (such as {day: 15, month: last} for the 15th of the period's last month), 'kinds', or 'afterConsolidated'")
        }
        func workingDays(_ key: String) throws(Diagnostic) -> Int? {
            guard let value = entry.value(key) else { return nil }
            guard let number = Int(try file.text(value)), (0...60).contains(number) else {
                throw file.error(value, "'\(key)' is a number of working days from 0 to 60")
            }
            return number
        }
        return DeadlineRule(day: day, kinds: kinds, beforeReceiver: try workingDays("beforeReceiver"),
                            afterConsolidated: try workingDays("afterConsolidated"))
    }

    /// `day`, `month`, `levels` of a deadline rule; nil when `day` is absent and not `required`.
    private func readDeadlineDay(_ entry: YAMLMapping, node: Node, required: Bool) throws(Diagnostic) -> DeadlineRule.Day? {
        func dayNumber(_ value: Node) throws(Diagnostic) -> Int {
            guard let number = Int(try file.text(value)), (1...31).contains(number) else {
                throw file.error(value, "a deadline day is a day of the month from 1 to 31")
            }
            return number
        }
        guard let dayNode = entry.value("day") else {
            if required { throw file.error(node, "give the day, such as {day: 10, month: 11}") }
            if entry.has("month") || entry.has("levels") { throw file.error(node, "'month' and 'levels' need a 'day'") }
            return nil
        }
        let day = try dayNumber(dayNode)
        var month = DeadlineRule.Month.last
        if let monthNode = entry.value("month") {
            let text = try file.text(monthNode)
            switch text {
            case "last": month = .last
            case "next": month = .next
            default:
                guard let number = Int(text), (1...12).contains(number) else {
                    throw file.error(monthNode, "'month' is 'last' (the period's last month), 'next' (the month after the period) or a month from 1 to 12")
                }
                month = .fixed(number)
            }
        }
        var levels: [LevelID: Int] = [:]
        if let levelsNode = entry.value("levels") {
            guard case .mapping(let mapping) = levelsNode else {
                throw file.error(levelsNode, "'levels' gives other days for some levels, such as {commune: 10, district: 15}")
            }
            for (key, value) in mapping {
                levels[try levelReference(key)] = try dayNumber(value)
            }
        }
        return DeadlineRule.Day(day: day, month: month, levels: levels)
    }

    /// `through`: a department of the receiver, or another unit or body.
    private func channel(_ node: Node, receivers: [RouteTarget]) throws(Diagnostic) -> UnitID {
        let id = try file.identifier(node)
        guard receivers.count <= 1 else {
            throw file.error(node, "'through' applies to a single receiver; write one reporting obligation per receiver when each has its own channel")
        }
        if tree.unit(id) != nil || tree.body(id) != nil { return id }
        switch receivers.first {
        case .organisation(let receiver)?:
            guard tree.department(id, of: receiver) != nil else {
                throw file.error(node, "'\(id)' is neither a department of '\(receiver)' nor a unit or body of the workspace")
            }
        case .directSuperior?, nil:
            guard tree.units.contains(where: { $0.department(id) != nil }) else {
                throw file.error(node, "'\(id)' is neither a department of any unit nor a unit or body of the workspace")
            }
        }
        return id
    }

    private func readField(_ entry: YAMLMapping) -> ReportField? {
        let id = entry.required("id", file.identifier)
        let label = entry.required("label", hint: "the Vietnamese label shown in forms", file.text)
        let type = entry.required("type") { node throws(Diagnostic) in
            let text = try file.text(node)
            guard let type = FieldType(rawValue: text) else {
                throw file.error(node, "unknown field type '\(text)'; use one of: \(FieldType.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return type
        }
        guard let id, let label, let type else { return nil }
        return ReportField(id: id, label: label, type: type)
    }

    // MARK: Indicators

    private func readIndicator(_ entry: YAMLMapping, obligations: [ReportingObligation]) -> IndicatorTarget? {
        let id = entry.required("id", file.identifier)
        let item = entry.optional("item", file.text)
        let text = entry.required("text", hint: "the target as the directive states it", file.text)
        let measureName = entry.required("measure", hint: "share, count, ratio, sum or plugin") { node throws(Diagnostic) in
            let name = try file.text(node)
            guard ["share", "count", "ratio", "sum", "plugin"].contains(name) else {
                throw file.error(node, "unknown measure '\(name)'; use share (percent of units meeting a condition), count (units meeting it), ratio (one reported sum over another), sum, or plugin (computed by a plugin's indicator hook)")
            }
            return name
        }
        let target = entry.required("target", hint: "the value to reach, such as 60% or 12") { node throws(Diagnostic) in
            let text = try file.text(node)
            guard let value = TargetValue(parsing: text) else {
                throw file.error(node, "'\(text)' is not a target; write a percentage from 0% to 100% (such as 60%) or a count (such as 12)")
            }
            return value
        }
        let aspirational = entry.optional("aspirational", file.boolean) ?? false
        let ratedBy = entry.optional("ratedBy", file.text)

        let usedKeys: [String: [String]] = [
            "share": ["population", "condition"], "count": ["population", "condition"],
            "ratio": ["report", "numerator", "denominator"], "sum": ["report", "field"], "plugin": [],
        ]
        var measure: IndicatorMeasure?
        if let measureName {
            for key in ["population", "condition", "report", "numerator", "denominator", "field"]
            where entry.has(key) && !usedKeys[measureName]!.contains(key) {
                entry.report(key, "'\(key)' does not apply to measure '\(measureName)', which uses: \(usedKeys[measureName]!.isEmpty ? "no other key" : usedKeys[measureName]!.joined(separator: ", "))")
            }
            measure = readMeasure(measureName, entry, obligations: obligations)
        }
        if let target, let measureName {
            let percent = if case .percent = target { true } else { false }
            if ["share", "ratio"].contains(measureName), !percent {
                entry.report("target", "measure '\(measureName)' is a percentage; write the target as a percentage, such as 60%")
            } else if ["count", "sum"].contains(measureName), percent {
                entry.report("target", "measure '\(measureName)' is a number; write the target without %")
            }
        }
        guard let id, let text, let measure, let target else { return nil }
        return IndicatorTarget(id: id, item: item, text: text, measure: measure, target: target,
                               isAspirational: aspirational, ratedBy: ratedBy)
    }

    private func readMeasure(_ name: String, _ entry: YAMLMapping, obligations: [ReportingObligation]) -> IndicatorMeasure? {
        switch name {
        case "plugin":
            return .plugin
        case "share", "count":
            let population = entry.required("population", hint: "the units counted, such as {levels: [grassroots], kinds: [enterprise]}", selector)
            let condition = entry.required("condition", hint: "what a unit must have reported, such as {report: bao-cao-nam, field: co_ke_hoach, equals: true}") {
                node throws(Diagnostic) in try readCondition(node, obligations: obligations)
            }
            guard let population, let condition else { return nil }
            return name == "share" ? .share(population: population, condition: condition)
                                   : .count(population: population, condition: condition)
        default:
            let report = entry.required("report", hint: "the reporting obligation whose values are summed") {
                node throws(Diagnostic) in try obligationReference(node, in: obligations)
            }
            func numeric(_ key: String) -> FieldID? {
                entry.required(key) { node throws(Diagnostic) in
                    let field = try fieldReference(node, report: report, in: obligations)
                    guard [.integer, .number].contains(field.type) else {
                        throw file.error(node, "field '\(field.id)' is \(field.type.rawValue); a \(name) needs an integer or number field")
                    }
                    return field.id
                }
            }
            if name == "ratio" {
                let numerator = numeric("numerator"), denominator = numeric("denominator")
                guard let report, let numerator, let denominator else { return nil }
                return .ratio(report: report, numerator: numerator, denominator: denominator)
            }
            let field = numeric("field")
            guard let report, let field else { return nil }
            return .sum(report: report, field: field)
        }
    }

    private func readCondition(_ node: Node, obligations: [ReportingObligation]) throws(Diagnostic) -> IndicatorCondition {
        let entry = try file.mapping(node, what: "condition", keys: ["report", "field", "equals", "atLeast", "atMost"])
        let report = entry.required("report", hint: "the reporting obligation that holds the value") {
            node throws(Diagnostic) in try obligationReference(node, in: obligations)
        }
        let field = report.flatMap { report in
            entry.required("field") { node throws(Diagnostic) in try fieldReference(node, report: report, in: obligations) }
        }
        let comparisons = ComparisonOperator.allCases.filter { entry.has($0.rawValue) }
        guard comparisons.count == 1, let comparison = comparisons.first else {
            throw file.error(node, "a condition needs exactly one of equals, atLeast or atMost")
        }
        guard let report, let field else { throw .alreadyReported }
        if comparison != .equals, [.boolean, .text].contains(field.type) {
            entry.report(comparison.rawValue, "'\(comparison.rawValue)' needs a number, date or rating field; '\(field.id)' is \(field.type.rawValue), so use 'equals'")
        }
        let valueNode = entry.value(comparison.rawValue)!
        let text = try file.text(valueNode)
        guard let value = FieldValue(parsing: text, as: field.type) else {
            throw file.error(valueNode, "'\(text)' is not a \(field.type.rawValue) value, which field '\(field.id)' holds\(field.type == .rating ? " (Tốt, Khá, Trung bình or Yếu)" : "")")
        }
        return IndicatorCondition(report: report, field: field.id, comparison: comparison, value: value)
    }

    private func obligationReference(_ node: Node, in obligations: [ReportingObligation]) throws(Diagnostic) -> ObligationID {
        let id = try file.text(node)
        guard obligations.contains(where: { $0.id == id }) else {
            if file.log.isUnreadable("obligation:\(self.id)/\(id)") { throw .alreadyReported }
            throw file.error(node, "unknown reporting obligation '\(id)'; this directive's reports are: \(obligations.map(\.id).joined(separator: ", "))")
        }
        return id
    }

    private func fieldReference(_ node: Node, report: ObligationID?, in obligations: [ReportingObligation]) throws(Diagnostic) -> ReportField {
        let id = try file.text(node)
        guard let obligation = obligations.first(where: { $0.id == report }) else { throw .alreadyReported }
        guard let field = obligation.field(id) else {
            throw file.error(node, "report '\(obligation.id)' has no field '\(id)'; its fields are: \(obligation.fields.map(\.id).joined(separator: ", "))")
        }
        return field
    }

    private func checkUnique(_ ids: [String], what: String, at location: SourceLocation) {
        var seen = Set<String>()
        for id in ids where !seen.insert(id).inserted {
            file.log.add(location, "\(what) id '\(id)' is used twice in this directive; ids must be unique")
        }
    }
}
