import BaocaoCore
import Crypto
import Foundation

/// One file's checked rows made ready for ``SubmissionStore/ingest(_:now:)``: their columns and
/// the digest of the file's content, worked out without the store's write lock.
///
/// Made apart from the write so that a program ingesting many files can prepare the next ones
/// on other cores while the store writes this one (``SubmissionStore`` has one writer at a time).
public struct PreparedFile: Sendable {
    /// The file as the user named it.
    public let path: String
    /// How it came in: `cli` (an official's `baocao ingest`) or `portal` (a unit's upload).
    public let method: String
    /// How many submissions the file holds.
    public var count: Int { insert.rows.count }
    let digest: String
    let insert: SubmissionInsert

    /// Prepares `rows`, read from the file named `path` whose bytes are `content`.
    /// - Throws: ``StoreError/write(reason:)`` when a row's values cannot be written as JSON.
    public init(_ rows: [SubmissionRow], from path: String, content: Data, method: String = "cli") throws(StoreError) {
        self.path = path
        self.method = method
        digest = Self.digest(of: content)
        do {
            insert = try SubmissionInsert(rows)
        } catch {
            throw .write(reason: "\(error)")
        }
    }

    /// The SHA-256 of `content` in lower-case hex: what the store knows a file by.
    public static func digest(of content: Data) -> String {
        let hex = Array("0123456789abcdef".utf8)
        return String(decoding: SHA256.hash(data: content).flatMap { [hex[Int($0 >> 4)], hex[Int($0 & 15)]] }, as: UTF8.self)
    }
}
