/// "Nơi nhận:" at the bottom left: who receives the document, each on a line starting "- ", and
/// the archive line "- Lưu: VT, CSPL&QHLĐ." last.
public struct RecipientList: Sendable, Hashable {
    public var recipients: [String]
    public var archive: [String]

    public init(recipients: [String], archive: [String] = ["VT"]) {
        self.recipients = recipients
        self.archive = archive
    }

    /// The lines as printed: "- UBND tỉnh (qua Sở Nội vụ);" … "- Lưu: VT, CSPL&QHLĐ.".
    public var lines: [String] {
        var lines = recipients.map { "- \($0);" }
        lines.append("- Lưu: \(archive.isEmpty ? "VT" : archive.joined(separator: ", ")).")
        return lines
    }
}
