/// A directive (văn bản chỉ đạo): a plan or official letter that assigns tasks to the levels below
/// its issuer and demands reports back. Everything the document states is held here: its number,
/// date and issuer, the documents it implements, the tasks per level, the reports and deadlines,
/// the targets, the recipients and the signer.
public struct Directive: Sendable, Hashable, Codable {
    /// The file name in `directives/` without `.yaml`.
    public var id: DirectiveID
    public var type: DirectiveType
    /// "439/KH-LĐLĐ", "558-CV/ĐUK"; nil when the text carries none (seed 003).
    public var number: String?
    public var issuer: Issuer
    /// The place in the date line: "Tây Ninh".
    public var place: String
    public var date: CalendarDate
    /// The first day reports are owed from (hiệu lực): no report whose deadline falls before it is
    /// owed. The directive's ``date`` when the file does not say.
    public var effectiveFrom: CalendarDate
    /// The last day the directive is in force, when it says: no period starting after it is owed.
    public var effectiveUntil: CalendarDate?
    /// The title (trích yếu), or for an official letter the text after "V/v".
    public var subject: String
    /// "Kính gửi": the addressees of an official letter, as written.
    public var addressees: [String]
    /// The documents it implements ("Thực hiện…", "Căn cứ…").
    public var legalBases: [LegalBasis]
    /// "Mục đích, yêu cầu": the aims, as written.
    public var purposes: [String]
    /// The tasks, grouped by who they are for.
    public var taskGroups: [TaskGroup]
    /// The reports it demands.
    public var obligations: [ReportingObligation]
    /// The targets it sets.
    public var indicators: [IndicatorTarget]
    /// The closing paragraph ("Trên đây là…").
    public var closing: String?
    /// "Nơi nhận": the recipients, as written, without the archive line.
    public var recipients: [String]
    /// "Lưu: VT, CSPL&QHLĐ": where copies are archived.
    public var archive: [String]
    public var signer: Signer

    public init(
        id: DirectiveID, type: DirectiveType, number: String?, issuer: Issuer, place: String,
        date: CalendarDate, subject: String, addressees: [String] = [], legalBases: [LegalBasis] = [],
        purposes: [String] = [], taskGroups: [TaskGroup] = [], obligations: [ReportingObligation] = [],
        indicators: [IndicatorTarget] = [], closing: String? = nil, recipients: [String] = [],
        archive: [String] = [], signer: Signer, effectiveFrom: CalendarDate? = nil, effectiveUntil: CalendarDate? = nil
    ) {
        self.id = id
        self.type = type
        self.number = number
        self.issuer = issuer
        self.place = place
        self.date = date
        self.effectiveFrom = effectiveFrom ?? date
        self.effectiveUntil = effectiveUntil
        self.subject = subject
        self.addressees = addressees
        self.legalBases = legalBases
        self.purposes = purposes
        self.taskGroups = taskGroups
        self.obligations = obligations
        self.indicators = indicators
        self.closing = closing
        self.recipients = recipients
        self.archive = archive
        self.signer = signer
    }

    /// The obligation with this id.
    public func obligation(_ id: ObligationID) -> ReportingObligation? {
        obligations.first { $0.id == id }
    }

    /// All tasks, in document order.
    public var tasks: [DirectiveTask] { taskGroups.flatMap(\.tasks) }

    /// The number as the layout prints it: "Số: 439/KH-LĐLĐ" (state) or "Số 558-CV/ĐUK" (party).
    public var numberLine: String? {
        guard let number else { return nil }
        return issuer.kind == .party ? "Số \(number)" : "Số: \(number)"
    }
}
