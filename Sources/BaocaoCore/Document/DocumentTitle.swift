/// The name of the document's type in capitals and its subject under it, centred and bold:
///
///     BÁO CÁO
///     Kết quả thực hiện Kế hoạch số 439/KH-LĐLĐ năm 2023
public struct DocumentTitle: Sendable, Hashable {
    /// "BÁO CÁO", "KẾ HOẠCH".
    public var type: String
    /// The subject (trích yếu).
    public var subject: String

    public init(type: String, subject: String) {
        self.type = type
        self.subject = subject
    }
}
