import BaocaoCore

/// One value of a draft as a flat field: `number`, `legalBases[98-KH/BDVTU].date`,
/// `reports[UBND tỉnh].deadline`, with its text and source line. What `--explain` prints and what
/// the accuracy report compares with the fields written by hand.
public struct DraftField: Sendable, Hashable {
    /// The field's path: `signer.name`, `indicators[chi-tieu-6b].target`.
    public var key: String
    public var value: String
    public var line: Int?

    public init(key: String, value: String, line: Int?) {
        self.key = key
        self.value = value
        self.line = line
    }

    /// The field's family, without the keys in brackets: `legalBases[].date`.
    public var family: String { Self.family(of: key) }

    public static func family(of key: String) -> String {
        var result = ""
        var depth = 0
        for character in key {
            if character == "[" { depth += 1; if depth == 1 { result += "[" }; continue }
            if character == "]" { depth -= 1; if depth == 0 { result += "]" }; continue }
            if depth == 0 { result.append(character) }
        }
        return result
    }
}

extension DirectiveDraft {
    /// Every value found, as flat fields in document order.
    public var fields: [DraftField] {
        var fields: [DraftField] = []
        func add(_ key: String, _ value: String?, _ line: Int?) {
            guard let value, !value.isEmpty else { return }
            fields.append(DraftField(key: key, value: value, line: line))
        }
        add("type", type?.value.rawValue, type?.line)
        add("number", number?.value, number?.line)
        add("kind", kind?.value.rawValue, kind?.line)
        add("superior", superior?.value, superior?.line)
        add("issuer", issuer?.value, issuer?.line)
        add("place", place?.value, place?.line)
        add("date", date?.value.description, date?.line)
        add("subject", subject?.value, subject?.line)
        for (index, addressee) in addressees.enumerated() { add("addressees[\(index + 1)]", addressee.value, addressee.line) }
        for (index, basis) in legalBases.enumerated() {
            let key = "legalBases[\(basis.number ?? "\(index + 1)")]"
            add(key + ".type", basis.type.rawValue, basis.line)
            add(key + ".date", basis.date?.description, basis.line)
            add(key + ".issuer", basis.issuer, basis.line)
        }
        add("purposes", purposes.isEmpty ? nil : "\(purposes.count) paragraphs", purposes.first?.line)
        for (index, group) in taskGroups.enumerated() {
            let key = "taskGroups[\(group.item ?? "#\(index + 1)")]"
            add(key + ".heading", group.heading, group.line)
            add(key + ".level", group.role?.rawValue, group.line)
            add(key + ".tasks", "\(group.tasks.count) tasks", group.tasks.first?.line)
        }
        var reportKeys: [String: Int] = [:]
        for report in reports {
            var name = report.toDirectSuperior ? RouteTarget.directSuperiorKeyword : report.receivers.joined(separator: "; ")
            reportKeys[name, default: 0] += 1
            if reportKeys[name]! > 1 { name += " #\(reportKeys[name]!)" }
            let key = "reports[\(name)]"
            add(key + ".title", report.title, report.line)
            add(key + ".from", report.from.map(\.rawValue).joined(separator: ", "), report.line)
            add(key + ".periods", report.periods.map(\.rawValue).joined(separator: ", "), report.line)
            add(key + ".deadline", report.deadline?.description, report.line)
            add(key + ".through", report.channel, report.line)
        }
        for indicator in indicators {
            let key = "indicators[\(indicator.id)]"
            add(key + ".item", indicator.item, indicator.line)
            add(key + ".target", indicator.target.description, indicator.line)
            add(key + ".aspirational", indicator.aspirational ? "true" : "false", indicator.line)
            add(key + ".ratedBy", indicator.ratedBy, indicator.line)
        }
        add("closing", closing?.value, closing?.line)
        for (index, recipient) in recipients.enumerated() { add("recipients[\(index + 1)]", recipient.value, recipient.line) }
        for (index, place) in archive.enumerated() { add("archive[\(index + 1)]", place.value, place.line) }
        if let signer {
            add("signer.authority", signer.authority?.rawValue, signer.line)
            add("signer.for", signer.onBehalfOf, signer.line)
            add("signer.title", signer.title, signer.titleLine ?? signer.line)
            add("signer.name", signer.name, signer.nameLine)
            add("signer.note", signer.note, signer.noteLine)
        }
        return fields
    }
}
