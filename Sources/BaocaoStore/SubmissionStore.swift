import BaocaoCore
import Crypto
import Foundation
import GRDB

/// The embedded default store: every submission and every resubmission, never overwritten, with
/// the time it arrived and the file (and row) it came from, in SQLite at
/// `<workspace>/.baocao/store.sqlite`.
///
/// A file is ingested in one transaction: all its rows or none. A file whose content was ingested
/// before adds nothing. Safe to use from many tasks: GRDB serialises the writes.
public final class SubmissionStore: Sendable {
    private let database: DatabaseQueue
    /// Where the store lives.
    public let path: String

    /// Opens (creating it on first use) the store of the workspace in `workspaceFolder`.
    public convenience init(workspaceFolder: String) throws(StoreError) {
        let folder = URL(fileURLWithPath: workspaceFolder).appendingPathComponent(".baocao", isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotOpen(path: folder.path, reason: error.localizedDescription)
        }
        try self.init(path: folder.appendingPathComponent("store.sqlite").path)
    }

    /// Opens (creating it on first use) the store at `path`; ":memory:" for one in memory.
    public init(path: String) throws(StoreError) {
        self.path = path
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            configuration.foreignKeysEnabled = true
            database = path == ":memory:" ? try DatabaseQueue(configuration: configuration)
                                          : try DatabaseQueue(path: path, configuration: configuration)
            try Self.migrator.migrate(database)
        } catch {
            throw .cannotOpen(path: path, reason: "\(error)")
        }
    }

    /// The schema, one migration per version; a store made by an older version is brought up to date.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: source files and submissions") { db in
            try db.create(table: "source_file") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("path", .text).notNull()
                table.column("sha256", .text).notNull().unique()
                table.column("ingested_at", .text).notNull()
                table.column("rows", .integer).notNull()
            }
            try db.create(table: "submission") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("source_file_id", .integer).notNull().references("source_file")
                table.column("row", .integer).notNull()
                table.column("directive", .text).notNull()
                table.column("obligation", .text).notNull()
                table.column("unit", .text).notNull()
                table.column("period", .text).notNull()
                table.column("received_at", .double).notNull()
                table.column("narrative", .text)
                table.column("field_values", .text).notNull()
            }
            try db.create(index: "submission_by_report", on: "submission",
                          columns: ["directive", "obligation", "period", "unit"])
        }
        return migrator
    }

    /// Stores the rows of one file, all or none.
    /// - Parameters:
    ///   - rows: The file's checked rows (see ``SubmissionFileReader``).
    ///   - path: The file as the user named it.
    ///   - content: The file's bytes: the same content is never ingested twice.
    ///   - now: When it is ingested.
    public func ingest(_ rows: [SubmissionRow], from path: String, content: Data, now: Date = Date()) throws(StoreError) -> IngestOutcome {
        let digest = SHA256.hash(data: content).map { String(format: "%02x", $0) }.joined()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        do {
            return try database.write { db -> IngestOutcome in
                if let row = try Row.fetchOne(db, sql: "SELECT path, ingested_at FROM source_file WHERE sha256 = ?", arguments: [digest]) {
                    return .alreadyIngested(path: row["path"], at: row["ingested_at"])
                }
                try db.execute(sql: "INSERT INTO source_file (path, sha256, ingested_at, rows) VALUES (?, ?, ?, ?)",
                               arguments: [path, digest, ISO8601DateFormatter().string(from: now), rows.count])
                let file = db.lastInsertedRowID
                for row in rows {
                    let submission = row.submission
                    let values = String(decoding: try encoder.encode(submission.values), as: UTF8.self)
                    try db.execute(sql: """
                        INSERT INTO submission (source_file_id, row, directive, obligation, unit, period, received_at, narrative, field_values)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [file, row.row, submission.directive, submission.obligation, submission.unit,
                                         submission.period.description, submission.receivedAt.timeIntervalSince1970,
                                         submission.narrative, values])
                }
                return .added(rows.count)
            }
        } catch {
            throw .write(reason: "\(error)")
        }
    }

    /// Every stored submission, resubmissions included, in the order they were stored.
    /// - Parameter directive: Only those of this directive.
    public func submissions(directive: DirectiveID? = nil) throws(StoreError) -> [StoredSubmission] {
        do {
            return try database.read { db in
                let rows = try Row.fetchAll(db, sql: """
                    SELECT s.*, f.path FROM submission s JOIN source_file f ON f.id = s.source_file_id
                    WHERE ?1 IS NULL OR s.directive = ?1 ORDER BY s.id
                    """, arguments: [directive])
                return try rows.map(StoredSubmission.init(row:))
            }
        } catch {
            throw .read(reason: "\(error)")
        }
    }

    /// The files ingested, in order.
    public func sourceFiles() throws(StoreError) -> [SourceFile] {
        do {
            return try database.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM source_file ORDER BY id").map { row in
                    SourceFile(id: row["id"], path: row["path"], sha256: row["sha256"], ingestedAt: row["ingested_at"], rows: row["rows"])
                }
            }
        } catch {
            throw .read(reason: "\(error)")
        }
    }
}
