import BaocaoCore

/// Turns a ``DirectiveDraft`` into the workspace's directive: the names of the text matched to a
/// workspace's units, bodies, departments and levels (when one is given), the result as a
/// ``Directive`` and as YAML in exactly the format `directives/*.yaml` is read in.
///
/// Names that match nothing are written as ids made from the name (`ubnd-tinh`) and listed in
/// ``ImportedDirective/unmatched``; `baocao check` then points at them.
public struct DirectiveBuilder: Sendable {
    public let draft: DirectiveDraft
    /// The workspace's organisation and province, when one is given.
    public let matcher: UnitMatcher?

    public init(draft: DirectiveDraft, matcher: UnitMatcher? = nil) {
        self.draft = draft
        self.matcher = matcher
    }

    /// A reporting obligation with its names resolved to ids.
    struct ResolvedReport {
        var report: DraftReport
        var id: String
        var from: [String]
        var to: [String]
        var through: String?
    }

    /// The draft with every name resolved.
    struct Resolved {
        var issuerUnit: String?
        var groupLevels: [String?]
        var reports: [ResolvedReport]
        var unmatched: [UnmatchedName]
        var notWritten: [MissingField]
    }

    /// The directive's id: its number as an id ("439-kh-ldld"), or the type and date for a text without one.
    public var id: DirectiveID {
        if let number = draft.number?.value { return IdentifierText.slug(number) }
        let type = draft.type.map { IdentifierText.slug($0.value.abbreviation) } ?? "van-ban"
        return [type, draft.date?.value.description ?? "khong-ngay"].joined(separator: "-")
    }

    func resolve() -> Resolved {
        var unmatched: [UnmatchedName] = []
        var notWritten: [MissingField] = []
        func organisation(_ name: String, field: String, line: Int?) -> String {
            guard let matcher else {
                let slug = IdentifierText.slug(name)
                unmatched.append(UnmatchedName(field: field, name: name, placeholder: slug, line: line, reason: "no workspace given (--workspace)"))
                return slug
            }
            switch matcher.organisation(name) {
            case .found(let id): return id
            case .unmatched(let reason):
                let slug = IdentifierText.slug(name)
                unmatched.append(UnmatchedName(field: field, name: name, placeholder: slug, line: line, reason: reason))
                return slug
            }
        }
        func level(_ role: LevelRole, field: String, line: Int?) -> String {
            guard let matcher else {
                unmatched.append(UnmatchedName(field: field, name: role.rawValue, placeholder: role.rawValue, line: line, reason: "no workspace given (--workspace)"))
                return role.rawValue
            }
            switch matcher.level(role) {
            case .found(let id): return id
            case .unmatched(let reason):
                unmatched.append(UnmatchedName(field: field, name: role.rawValue, placeholder: role.rawValue, line: line, reason: reason))
                return role.rawValue
            }
        }

        var issuerUnit: String?
        if let issuer = draft.issuer, let matcher {
            issuerUnit = matcher.organisation(issuer.value).id.flatMap { matcher.tree.unit($0) != nil ? $0 : nil }
            if issuerUnit == nil {
                unmatched.append(UnmatchedName(field: "issuer.unit", name: issuer.value, placeholder: "(left out)", line: issuer.line,
                                               reason: "no unit of the workspace is named so; 'unit' is left out"))
            }
        }
        let groupLevels = draft.taskGroups.map { group in
            group.role.map { level($0, field: "tasks[\(group.item ?? group.heading)].for", line: group.line) }
        }
        var reports: [ResolvedReport] = []
        var usedIDs: Set<String> = []
        for (index, report) in draft.reports.enumerated() {
            let field = "reports[\(index + 1)]"
            guard !report.from.isEmpty else {
                let addressees = draft.addressees.map(\.value)
                let reason = addressees.isEmpty
                    ? "'\(report.title)' is asked for, but no section says who reports; the obligation is not written"
                    : "'\(report.title)' is asked of the addressees (\(addressees.joined(separator: "; "))), which do not name whole levels; the obligation is not written: add it with 'from' by hand"
                notWritten.append(MissingField(field: field + ".from", reason: reason, line: report.line))
                continue
            }
            let from = report.from.map { level($0, field: field + ".from", line: report.line) }
            let to = report.toDirectSuperior ? [RouteTarget.directSuperiorKeyword]
                : report.receivers.map { organisation($0, field: field + ".to", line: report.line) }
            var through: String?
            if let channel = report.channel {
                if to.count == 1, let matcher {
                    switch matcher.channel(channel, receiver: to[0]) {
                    case .found(let id): through = id
                    case .unmatched(let reason):
                        through = IdentifierText.slug(channel)
                        unmatched.append(UnmatchedName(field: field + ".through", name: channel, placeholder: through!, line: report.line, reason: reason))
                    }
                } else if to.count == 1 {
                    through = IdentifierText.slug(channel)
                    unmatched.append(UnmatchedName(field: field + ".through", name: channel, placeholder: through!, line: report.line, reason: "no workspace given (--workspace)"))
                } else {
                    notWritten.append(MissingField(field: field + ".through", reason: "'qua \(channel)' goes with several receivers; write one obligation per receiver", line: report.line))
                }
            }
            var id = "bao-cao-" + (report.toDirectSuperior ? "cap-tren-truc-tiep" : IdentifierText.slug(report.receivers.first ?? "\(index + 1)"))
            if usedIDs.contains(id) { id += "-\(index + 1)" }
            usedIDs.insert(id)
            reports.append(ResolvedReport(report: report, id: id, from: from, to: to, through: through))
        }
        return Resolved(issuerUnit: issuerUnit, groupLevels: groupLevels, reports: reports, unmatched: unmatched, notWritten: notWritten)
    }

    /// The import's result: the directive (when the text gave every required field), its YAML,
    /// the names left unmatched and the fields missing.
    public func build() -> ImportedDirective {
        let resolved = resolve()
        let directive = makeDirective(resolved)
        let yaml = DirectiveYAMLWriter(draft: draft, resolved: resolved, id: id).text()
        return ImportedDirective(draft: draft, id: id, directive: directive, yaml: yaml, unmatched: resolved.unmatched,
                                 missing: draft.missing + resolved.notWritten)
    }

    private func makeDirective(_ resolved: Resolved) -> Directive? {
        guard let type = draft.type?.value, let issuer = draft.issuer?.value, let place = draft.place?.value,
              let date = draft.date?.value, let subject = draft.subject?.value,
              let signer = draft.signer, let title = signer.title, let name = signer.name else { return nil }
        let groups = zip(draft.taskGroups, resolved.groupLevels).map { group, level in
            TaskGroup(item: group.item, heading: group.heading, assignee: level.map { UnitSelector(levels: [$0]) },
                      tasks: group.tasks.map { DirectiveTask(item: $0.item, text: $0.text, details: $0.details) })
        }
        let obligations = resolved.reports.map { item in
            ReportingObligation(id: item.id, title: item.report.title, reporters: UnitSelector(levels: item.from),
                                periods: item.report.periods, deadline: item.report.deadline,
                                routes: item.to.map { Route(to: $0 == RouteTarget.directSuperiorKeyword ? .directSuperior : .organisation($0), through: item.through) },
                                item: item.report.item, quote: item.report.quote)
        }
        let indicators = draft.indicators.map {
            IndicatorTarget(id: $0.id, item: $0.item, text: $0.text, measure: .plugin, target: $0.target,
                            isAspirational: $0.aspirational, ratedBy: $0.ratedBy)
        }
        return Directive(
            id: id, type: type, number: draft.number?.value,
            issuer: Issuer(name: issuer, superior: draft.superior?.value, unit: resolved.issuerUnit, kind: draft.kind?.value ?? .state),
            place: place, date: date, subject: subject, addressees: draft.addressees.map(\.value),
            legalBases: draft.legalBases.map { LegalBasis(type: $0.type, number: $0.number, date: $0.date, issuer: $0.issuer) },
            purposes: draft.purposes.map(\.value), taskGroups: groups, obligations: obligations, indicators: indicators,
            closing: draft.closing?.value, recipients: draft.recipients.map(\.value), archive: draft.archive.map(\.value),
            signer: Signer(authority: signer.authority, onBehalfOf: signer.onBehalfOf, title: title, name: name, note: signer.note))
    }
}

/// What `baocao import` produces for one file.
public struct ImportedDirective: Sendable {
    public var draft: DirectiveDraft
    /// The id for `directives/<id>.yaml`.
    public var id: DirectiveID
    /// The directive, when the text gave every field the workspace format requires.
    public var directive: Directive?
    /// The directive in the workspace format, with each value's source line as a comment.
    public var yaml: String
    public var unmatched: [UnmatchedName]
    /// The fields not found (the draft's) and those that could not be written.
    public var missing: [MissingField]
}
