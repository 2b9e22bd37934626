/// A value a report carries, declared so that submissions can be checked and indicators computed.
public struct ReportField: Sendable, Hashable, Codable {
    /// The id used in submission files and indicator conditions: `co_ke_hoach`.
    public var id: FieldID
    /// The Vietnamese label shown in forms and documents.
    public var label: String
    public var type: FieldType

    public init(id: FieldID, label: String, type: FieldType) {
        self.id = id
        self.label = label
        self.type = type
    }
}
