/// A value written in workspace files and JSON as one string — `2023-05-09`, `2023-H1`, `60%` —
/// and read back by parsing it. Conforming gives the type its `Codable` implementation.
public protocol TextRepresentable: Codable, CustomStringConvertible {
    /// Reads the written form, or returns nil when `text` is not one.
    init?(parsing text: String)
    /// What a valid text looks like, for the decoding error: "a date like 2023-05-09".
    static var expectedForm: String { get }
}

extension TextRepresentable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Self(parsing: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not \(Self.expectedForm)")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
