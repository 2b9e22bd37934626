import BaocaoCore
import Foundation

/// What a store of submissions does, whatever engine keeps it: a file ingested whole or not at
/// all, the submissions and receipts of a period, the files stored and their retraction, a check
/// of its integrity, and a number that changes with every commit.
///
/// ``SubmissionStore`` (SQLite, the default: one file beside the workspace) is the engine there
/// is; the services use the store through this protocol only, so that another engine (a shared
/// PostgreSQL server for a province's many offices, issue 20) can stand in its place with the same
/// answers. Every method is safe to call from many threads and many processes at once.
public protocol SubmissionStoring: Sendable {
    /// Where the store is, as messages name it: a file's path, or a server's address without
    /// its password.
    var location: String { get }

    /// Stores a prepared file, all of it or none; a file whose content was stored before adds
    /// nothing (``IngestOutcome/alreadyIngested(path:at:)``).
    func ingest(_ file: PreparedFile, now: Date) throws(StoreError) -> IngestOutcome

    /// Every submission not retracted (of `directive`, when given), in the order stored.
    func submissions(directive: DirectiveID?) throws(StoreError) -> [StoredSubmission]

    /// The submissions of `period` and of every period inside it, not retracted.
    func submissions(period: Period, directive: DirectiveID?) throws(StoreError) -> [StoredSubmission]

    /// Which report each submission of `period` (and the periods inside it) answers and when it
    /// came, without its values: what status counts (of `units` only, when given).
    func receipts(period: Period, directive: DirectiveID?, units: Set<UnitID>?) throws(StoreError) -> [Submission]

    /// Every file stored, retracted ones included, in the order stored.
    func sourceFiles() throws(StoreError) -> [SourceFile]

    /// Withdraws the file with `id`: kept, marked retracted by `who` at `now`, no longer counted.
    func retract(id: Int64, by who: String, reason: String?, now: Date) throws(StoreError) -> SourceFile

    /// What is wrong with the store's own bookkeeping; empty when nothing is.
    func integrityProblems() throws(StoreError) -> [String]

    /// A number that changes whenever anything is committed to the store, by any connection of
    /// any process; nil when none can be read (then no answer may be kept on its strength).
    func version() -> Int?
}

extension SubmissionStoring {
    /// Stores a file's checked rows, all or none (``ingest(_:now:)`` of a file prepared here).
    public func ingest(_ rows: [SubmissionRow], from path: String, content: Data, now: Date = Date()) throws(StoreError) -> IngestOutcome {
        try ingest(PreparedFile(rows, from: path, content: content), now: now)
    }

    public func ingest(_ file: PreparedFile) throws(StoreError) -> IngestOutcome {
        try ingest(file, now: Date())
    }

    public func submissions() throws(StoreError) -> [StoredSubmission] {
        try submissions(directive: nil)
    }

    public func submissions(period: Period) throws(StoreError) -> [StoredSubmission] {
        try submissions(period: period, directive: nil)
    }

    public func receipts(period: Period) throws(StoreError) -> [Submission] {
        try receipts(period: period, directive: nil, units: nil)
    }

    public func retract(id: Int64, by who: String, reason: String?) throws(StoreError) -> SourceFile {
        try retract(id: id, by: who, reason: reason, now: Date())
    }
}
