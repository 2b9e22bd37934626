/// What a report goes through on its way to the receiver: a department of the receiver
/// ("qua Ban CSPL&QHLĐ") or another body ("qua Sở Nội vụ").
public struct Channel: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A department of the receiving unit or body.
        case department
        /// Another unit of the workspace, or an external body.
        case organisation
    }

    public var id: String
    /// The name as documents print it: "Ban Chính sách Pháp luật và Quan hệ Lao động", "Sở Nội vụ".
    public var name: String
    public var kind: Kind

    public init(id: String, name: String, kind: Kind) {
        self.id = id
        self.name = name
        self.kind = kind
    }
}
