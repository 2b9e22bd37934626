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
    /// A deadline for every period, stated as the regime states it ("chậm nhất ngày 15 của tháng
    /// cuối kỳ"); nil when the directive sets none or a fixed ``deadline``.
    public var deadlineRule: DeadlineRule?
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
    /// The obligations whose reports this one consolidates (tổng hợp): a unit's report of this
    /// obligation is what the senders of those reports are held before. A report of the same
    /// obligation one level up always is; this names the others ("the districts consolidate the
    /// grassroots self-assessments into their own report").
    public var consolidates: [ObligationID]
    /// Where the obligation is written (its `to:` line), for problems about its routes. Not part
    /// of what the obligation is: two obligations that say the same are equal wherever written.
    public var source: SourceLocation?

    public init(id: ObligationID, title: String, reporters: UnitSelector, periods: [PeriodKind] = [],
                deadline: CalendarDate? = nil, routes: [Route], fields: [ReportField] = [],
                item: String? = nil, quote: String? = nil, note: String? = nil, consolidates: [ObligationID] = [],
                source: SourceLocation? = nil, deadlineRule: DeadlineRule? = nil) {
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
        self.consolidates = consolidates
        self.source = source
        self.deadlineRule = deadlineRule
    }

    /// The field with this id.
    public func field(_ id: FieldID) -> ReportField? { fields.first { $0.id == id } }

    public static func == (a: ReportingObligation, b: ReportingObligation) -> Bool {
        a.id == b.id && a.title == b.title && a.reporters == b.reporters && a.periods == b.periods
            && a.deadline == b.deadline && a.routes == b.routes && a.fields == b.fields && a.item == b.item
            && a.quote == b.quote && a.note == b.note && a.consolidates == b.consolidates
            && a.deadlineRule == b.deadlineRule
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(title)
        hasher.combine(periods)
        hasher.combine(deadline)
    }
}
