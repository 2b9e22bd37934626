import BaocaoCore

/// What an import found in a directive's text: every field with the line it came from, and the
/// fields it could not find, with the reason.
///
/// A draft is not yet a ``Directive``: the levels and bodies it names are words of the text
/// ("LĐLĐ tỉnh", "UBND tỉnh") until ``DirectiveBuilder`` matches them to a workspace's units.
public struct DirectiveDraft: Sendable, Hashable {
    /// The file it was read from.
    public var path: String
    public var type: Extracted<DirectiveType>?
    /// "439/KH-LĐLĐ", without spaces; nil when the text has no number (seed 003).
    public var number: Extracted<String>?
    /// The layout family: Quốc hiệu and "Số:" (state) or "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 558-CV/ĐUK" (party).
    public var kind: Extracted<IssuerKind>?
    /// The issuing body as the document names it.
    public var issuer: Extracted<String>?
    /// The body above the issuer in the header.
    public var superior: Extracted<String>?
    public var place: Extracted<String>?
    public var date: Extracted<CalendarDate>?
    /// The title, or for an official letter the text after "V/v".
    public var subject: Extracted<String>?
    /// "Kính gửi", as written.
    public var addressees: [Extracted<String>] = []
    public var legalBases: [DraftLegalBasis] = []
    /// "Mục đích, yêu cầu", as written.
    public var purposes: [Extracted<String>] = []
    public var taskGroups: [DraftTaskGroup] = []
    public var reports: [DraftReport] = []
    public var indicators: [DraftIndicator] = []
    /// "Trên đây là …".
    public var closing: Extracted<String>?
    /// "Nơi nhận", without the archive line.
    public var recipients: [Extracted<String>] = []
    /// "Lưu: VT, CSPL&QHLĐ" as its items.
    public var archive: [Extracted<String>] = []
    public var signer: DraftSigner?
    /// The fields not found, each with the reason.
    public var missing: [MissingField] = []
    /// What plugins' `import` hooks added or changed, for `--explain`.
    public var pluginNotes: [PluginImportNote] = []

    public init(path: String) {
        self.path = path
    }

    /// Records a missing field (once per field name).
    mutating func miss(_ field: String, _ reason: String, line: Int? = nil) {
        guard !missing.contains(where: { $0.field == field }) else { return }
        missing.append(MissingField(field: field, reason: reason, line: line))
    }

    /// Forgets that `field` was missing, once a value is found for it.
    public mutating func found(_ field: String) {
        missing.removeAll { $0.field == field }
    }

    /// Adds a report, or merges it into one that says the same to other units ("IV.1, IV.2").
    public mutating func addReport(_ report: DraftReport) {
        ReportReader.add(report, to: &self)
    }

    /// An id made from a Vietnamese name: "UBND tỉnh" is `ubnd-tinh`.
    public static func identifier(for name: String) -> String {
        IdentifierText.slug(name)
    }
}

/// A change an `import` hook made, for `--explain`: which plugin, which field, from which line.
public struct PluginImportNote: Sendable, Hashable {
    public var plugin: String
    public var field: String
    public var value: String
    public var line: Int?

    public init(plugin: String, field: String, value: String, line: Int?) {
        self.plugin = plugin
        self.field = field
        self.value = value
        self.line = line
    }
}
