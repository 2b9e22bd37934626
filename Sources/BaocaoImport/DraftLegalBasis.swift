import BaocaoCore

/// A document cited as a legal basis ("Thực hiện Kế hoạch số 98 – KH/BDVTU ngày 12/01/2023 của
/// Ban Dân vận Tỉnh ủy"), with the line the citation starts on. Parts the citation does not give
/// stay nil.
public struct DraftLegalBasis: Sendable, Hashable {
    public var type: DirectiveType
    /// Without spaces and with plain dashes: "98-KH/BDVTU".
    public var number: String?
    public var date: CalendarDate?
    public var issuer: String?
    public var line: Int

    public init(type: DirectiveType, number: String?, date: CalendarDate?, issuer: String?, line: Int) {
        self.type = type
        self.number = number
        self.date = date
        self.issuer = issuer
        self.line = line
    }
}
