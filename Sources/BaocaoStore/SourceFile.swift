import GRDB

/// A file of submissions the store took in.
public struct SourceFile: Sendable, Hashable {
    public var id: Int64
    /// The path as the user named it.
    public var path: String
    /// SHA-256 of the content: the same content is taken in once.
    public var sha256: String
    /// ISO 8601.
    public var ingestedAt: String
    public var rows: Int
    /// When it was withdrawn (ISO 8601), nil while it counts.
    public var retractedAt: String?
    /// Who withdrew it.
    public var retractedBy: String?
    /// Why, in their words.
    public var retractionReason: String?
    /// How it came in: `cli` or `portal`; nil for files stored before this was recorded.
    public var method: String?

    public init(id: Int64, path: String, sha256: String, ingestedAt: String, rows: Int, retractedAt: String? = nil,
                retractedBy: String? = nil, retractionReason: String? = nil, method: String? = nil) {
        self.id = id
        self.path = path
        self.sha256 = sha256
        self.ingestedAt = ingestedAt
        self.rows = rows
        self.retractedAt = retractedAt
        self.retractedBy = retractedBy
        self.retractionReason = retractionReason
        self.method = method
    }

    /// A row of `source_file`.
    init(row: Row) {
        self.init(id: row["id"], path: row["path"], sha256: row["sha256"], ingestedAt: row["ingested_at"], rows: row["rows"],
                  retractedAt: row["retracted_at"], retractedBy: row["retracted_by"], retractionReason: row["retraction_reason"], method: row["method"])
    }
}
