import BaocaoCore

/// A report the text demands: "Định kỳ 6 tháng, cuối năm báo cáo … về LĐLĐ tỉnh (qua Ban
/// CSPL&QHLĐ)", "báo cáo … về UBND tỉnh (qua Sở Nội vụ) chậm nhất ngày 01/11/2023".
public struct DraftReport: Sendable, Hashable {
    /// "Báo cáo kết quả thực hiện giám sát".
    public var title: String
    /// Who reports: the levels of the sections that state it (or of the addressees).
    public var from: [LevelRole]
    public var periods: [PeriodKind]
    /// A fixed deadline ("chậm nhất ngày 01/11/2023").
    public var deadline: CalendarDate?
    /// The receivers as the text names them ("UBND tỉnh"); empty with ``toDirectSuperior``.
    public var receivers: [String]
    /// "Công đoàn cấp trên trực tiếp cơ sở": the direct superior, resolved from the hierarchy.
    public var toDirectSuperior: Bool
    /// "(qua Sở Nội vụ)".
    public var channel: String?
    /// The task items that state it: "III.2.5", "IV.1, IV.2".
    public var item: String?
    /// The words of the text.
    public var quote: String
    public var line: Int
    /// The plugin whose `import` hook added it, if one did.
    public var addedBy: String?

    public init(title: String, from: [LevelRole], periods: [PeriodKind], deadline: CalendarDate?,
                receivers: [String], toDirectSuperior: Bool = false, channel: String?, item: String?,
                quote: String, line: Int, addedBy: String? = nil) {
        self.title = title
        self.from = from
        self.periods = periods
        self.deadline = deadline
        self.receivers = receivers
        self.toDirectSuperior = toDirectSuperior
        self.channel = channel
        self.item = item
        self.quote = quote
        self.line = line
        self.addedBy = addedBy
    }
}
