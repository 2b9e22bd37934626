/// Which family of official layout the issuer writes in.
public enum IssuerKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// State bodies and the mass organisations that follow Decree 30/2020/NĐ-CP: Quốc hiệu and
    /// Tiêu ngữ, "Số: 439/KH-LĐLĐ", "TM." (seeds 000, 001, 003).
    case state
    /// Party committees, Hướng dẫn 36-HD/VPTW: "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 558-CV/ĐUK",
    /// "T/M" (seed 004).
    case party
}
