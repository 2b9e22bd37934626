/// The family of official layout a document follows.
public enum DocumentLayout: String, Sendable, Hashable, Codable, CaseIterable {
    /// Decree 30/2020/NĐ-CP, Appendix I: Quốc hiệu and Tiêu ngữ on the right, "Số:" with a colon,
    /// "TM." in the signature. State bodies and the mass organisations (the unions) use it.
    case state
    /// Hướng dẫn 36-HD/VPTW: "ĐẢNG CỘNG SẢN VIỆT NAM" on the right, an asterisk under the issuing
    /// body, "Số 558-CV/ĐUK" without a colon, "T/M" in the signature.
    case party

    /// The layout an issuer of this kind writes in.
    public init(issuer kind: IssuerKind) {
        self = kind == .party ? .party : .state
    }

    /// The national motto block at the top right, line by line.
    public var motto: [String] {
        switch self {
        case .state: ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
        case .party: ["ĐẢNG CỘNG SẢN VIỆT NAM"]
        }
    }

    /// "Số: 439/KH-LĐLĐ" (state) or "Số 558-CV/ĐUK" (party).
    public func numberLine(_ number: String) -> String {
        self == .party ? "Số \(number)" : "Số: \(number)"
    }
}
