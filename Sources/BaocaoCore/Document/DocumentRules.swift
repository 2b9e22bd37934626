import Foundation

/// Rules that shape a document: the wording templates a province supplies and the `document` hook
/// that adds, removes or replaces blocks. The plugin chain implements them.
public protocol DocumentRules: AnyObject {
    /// Folders whose `templates/*.mustache` files override the built-in wording, in chain order
    /// (a later plugin's template wins).
    var templateFolders: [(plugin: String, folder: URL)] { get }

    /// The document after every plugin's `document` hook, in chain order. `context` tells the
    /// hooks what the document is about (directive, period, as-of day).
    func shape(_ document: OfficialDocument, context: DocumentContext) -> OfficialDocument
}

/// What a document is about, handed to the `document` hook beside each block.
public struct DocumentContext: Sendable, Hashable {
    /// "consolidated-report".
    public var kind: String
    public var directive: DirectiveID
    public var period: Period
    public var asOf: CalendarDate
    /// Each report of the directive with its figures and the units late with it or missing it,
    /// so that a hook says only what is true ("the dossiers of 9 of 13 unions are attached").
    public var obligations: [ObligationFigures] = []

    /// One report's figures in the document.
    public struct ObligationFigures: Sendable, Hashable {
        public var id: ObligationID
        public var title: String
        public var rate: ComplianceRate
        /// Names, in the tree's order.
        public var lateUnits: [String]
        public var missingUnits: [String]

        public init(id: ObligationID, title: String, rate: ComplianceRate, lateUnits: [String], missingUnits: [String]) {
            self.id = id
            self.title = title
            self.rate = rate
            self.lateUnits = lateUnits
            self.missingUnits = missingUnits
        }
    }

    public init(kind: String, directive: DirectiveID, period: Period, asOf: CalendarDate) {
        self.kind = kind
        self.directive = directive
        self.period = period
        self.asOf = asOf
    }
}
