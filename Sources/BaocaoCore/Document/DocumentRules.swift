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

    public init(kind: String, directive: DirectiveID, period: Period, asOf: CalendarDate) {
        self.kind = kind
        self.directive = directive
        self.period = period
        self.asOf = asOf
    }
}
