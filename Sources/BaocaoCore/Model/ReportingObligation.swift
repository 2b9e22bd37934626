/// A report a directive demands (chế độ báo cáo): who reports, what, for which periods, to whom,
/// through which channel, and by when.
///
/// Ninh Bình 22/KH-LĐLĐ, 2.5: district and sector unions report every six months and at year end
/// to LĐLĐ tỉnh through Ban CSPL&QHLĐ. Tây Ninh 439/KH-LĐLĐ: the year's results go to UBND tỉnh
/// through Sở Nội vụ no later than 2023-11-01.
public struct ReportingObligation: Sendable, Hashable, Codable {
    /// Unique inside the directive: `bao-cao-6-thang`.
    public var id: ObligationID
    /// What is reported, as the directive names it: "Báo cáo kết quả thực hiện giám sát".
    public var title: String
    /// Who owes the report.
    public var reporters: UnitSelector
    /// The periods it is due for. Empty when the directive says only "theo quy định" (as
    /// regulated): the schedule then comes from plugins alone.
    public var periods: [PeriodKind]
    /// A fixed deadline the directive sets ("chậm nhất ngày 01/11/2023").
    public var deadline: CalendarDate?
    /// Where the report goes; several receivers get the same report.
    public var routes: [Route]
    /// The values the report carries.
    public var fields: [ReportField]
    /// The task item that states the obligation: "III.2.5".
    public var item: String?
    /// The sentence of the directive that states it, for people checking the workspace.
    public var quote: String?
    /// Why the obligation is in the workspace when the directive's text does not state it.
    public var note: String?

    public init(id: ObligationID, title: String, reporters: UnitSelector, periods: [PeriodKind] = [],
                deadline: CalendarDate? = nil, routes: [Route], fields: [ReportField] = [],
                item: String? = nil, quote: String? = nil, note: String? = nil) {
        self.id = id
        self.title = title
        self.reporters = reporters
        self.periods = periods
        self.deadline = deadline
        self.routes = routes
        self.fields = fields
        self.item = item
        self.quote = quote
        self.note = note
    }

    /// The field with this id.
    public func field(_ id: FieldID) -> ReportField? { fields.first { $0.id == id } }
}
