import BaocaoCore
import Foundation
import GRDB

/// The embedded default store: every submission and every resubmission, never overwritten, with
/// the time it arrived and the file (and row) it came from, in SQLite at
/// `<workspace>/.baocao/store.sqlite`.
///
/// A file is ingested in one transaction: all its rows or none. A file whose content was ingested
/// before adds nothing. Safe to use from many tasks and from many processes at once: the file is in
/// WAL mode (readers never wait for a writer), a writer waits for another up to a busy timeout and
/// then retries, and a process killed in the middle of an ingest leaves the store as it was before
/// that file.
public final class SubmissionStore: SubmissionStoring {
    private let database: any DatabaseWriter
    /// Where the store lives.
    public let path: String
    public var location: String { path }
    /// The connection ``version()`` reads on, opened on first use.
    private let watch = StoreWatchBox()

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
        var configuration = Configuration()
        configuration.busyMode = .timeout(Self.busyTimeout)
        configuration.foreignKeysEnabled = true
        // WAL with synchronous NORMAL: a commit survives the process being killed at any point (the
        // SIGKILL test); a power cut may lose the last commits, whole, never half of one, and
        // never corrupts the file. FULL would add a disk sync to every file ingested.
        configuration.prepareDatabase { db in
            if db.configuration.readonly == false { try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        }
        do {
            // Two processes opening a new store at once may race on switching it to WAL or on a
            // migration (a table made twice, a column added twice, or a migration recorded twice,
            // which `make stress` and the concurrent-ingest test found): both wait on the busy
            // timeout, then try again and find the work done.
            database = try Self.retrying(alsoRetry: { error in
                error.message?.contains("already exists") == true || error.message?.contains("grdb_migrations") == true
                    || error.message?.contains("duplicate column name") == true
            }) {
                let database: any DatabaseWriter = path == ":memory:"
                    ? try DatabaseQueue(configuration: configuration)
                    : try DatabasePool(path: path, configuration: configuration)
                // Another process may create the tables between our look and our create: the
                // next attempt finds them made.
                try Self.migrator.migrate(database)
                return database
            }
        } catch {
            throw .cannotOpen(path: path, reason: "\(error)")
        }
    }

    /// How long a writer waits for another (another task or another process) before retrying.
    static let busyTimeout: TimeInterval = 10
    /// Attempts after a busy or locked database before giving up.
    static let attempts = 5

    /// Runs `body` again, up to ``attempts`` times, while SQLite answers busy or locked.
    static func retrying<T>(alsoRetry: (DatabaseError) -> Bool = { _ in false }, _ body: () throws -> T) throws -> T {
        var attempt = 1
        while true {
            do {
                return try body()
            } catch let error as DatabaseError where attempt < attempts
                        && (error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED || alsoRetry(error)) {
                attempt += 1
                Thread.sleep(forTimeInterval: Double.random(in: 0.01...0.1) * Double(attempt))
            }
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
        migrator.registerMigration("v2: submissions by period") { db in
            try db.create(index: "submission_by_period", on: "submission", columns: ["period", "directive"])
        }
        migrator.registerMigration("v3: no index by report") { db in
            // Every read goes by period (v2); keeping this index up to date was most of the
            // writer's work when a national year is ingested.
            // IF EXISTS: two processes opening an older store at once may both come here.
            try db.execute(sql: "DROP INDEX IF EXISTS submission_by_report")
        }
        migrator.registerMigration("v4: retracted files") { db in
            try db.alter(table: "source_file") { table in
                table.add(column: "retracted_at", .text)
                table.add(column: "retracted_by", .text)
                table.add(column: "retraction_reason", .text)
            }
        }
        migrator.registerMigration("v5: how files came in, and the arrival a portal file declared") { db in
            try db.alter(table: "source_file") { table in table.add(column: "method", .text) }
            try db.alter(table: "submission") { table in table.add(column: "declared_received_at", .double) }
        }
        return migrator
    }

    /// Stores the rows of one file, all or none.
    /// - Parameters:
    ///   - rows: The file's checked rows (see ``SubmissionFileReader``).
    ///   - path: The file as the user named it.
    ///   - content: The file's bytes: the same content is never ingested twice.
    ///   - now: When it is ingested.

    /// Stores a file prepared before (its columns made without the write lock, so that tasks
    /// ingesting files at once make theirs in parallel), all or none.
    public func ingest(_ file: PreparedFile, now: Date) throws(StoreError) -> IngestOutcome {
        let ingestedAt = Self.timestamp(now)
        do {
            // IMMEDIATE: the write lock is taken before the duplicate check, so that two processes
            // ingesting the same file cannot both find it new; the other waits on the busy timeout.
            return try Self.retrying { try database.writeWithoutTransaction { db -> IngestOutcome in
                var outcome = IngestOutcome.added(0)
                try db.inTransaction(.immediate) {
                    outcome = try Self.insert(file, ingestedAt: ingestedAt, db)
                    return .commit
                }
                return outcome
            } }
        } catch {
            throw .write(reason: "\(error)")
        }
    }

    /// The rows of one file and the file itself, inside the caller's transaction; nothing when
    /// the same content was ingested before.
    private static func insert(_ file: PreparedFile, ingestedAt: String, _ db: Database) throws -> IngestOutcome {
        if let row = try Row.fetchOne(db, sql: "SELECT path, ingested_at, retracted_at FROM source_file WHERE sha256 = ?", arguments: [file.digest]) {
            if let retracted: String = row["retracted_at"] {
                return .alreadyIngested(path: row["path"], at: "\(row["ingested_at"] as String) and retracted at \(retracted)")
            }
            return .alreadyIngested(path: row["path"], at: row["ingested_at"])
        }
        try db.execute(sql: "INSERT INTO source_file (path, sha256, ingested_at, rows, method) VALUES (?, ?, ?, ?, ?)",
                       arguments: [file.path, file.digest, ingestedAt, file.count, file.method])
        try file.insert.insert(file: db.lastInsertedRowID, db)
        return .added(file.count)
    }

    /// `now` as ISO 8601 in UTC to the second, `2024-06-30T09:15:00Z`: what `ISO8601DateFormatter`
    /// writes by default, without making one for every file.
    static func timestamp(_ now: Date) -> String {
        let seconds = Int(now.timeIntervalSince1970.rounded(.down))
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        let rest = seconds - days * 86_400
        return "\(CalendarDate(dayNumber: days))T" + String(format: "%02d:%02d:%02dZ", rest / 3600, rest % 3600 / 60, rest % 60)
    }

    /// A submission's values as the JSON object the store keeps (keys sorted); see ``ValuesJSON``.
    static func json(_ values: [FieldID: FieldValue]) throws -> String {
        var writer = ValuesJSON()
        return try writer.text(values)
    }

    /// Every stored submission, resubmissions included, in the order they were stored.
    /// - Parameter directive: Only those of this directive.
    public func submissions(directive: DirectiveID?) throws(StoreError) -> [StoredSubmission] {
        do {
            return try database.read { db in
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT \(StoredSubmission.columns) FROM submission s JOIN source_file f ON f.id = s.source_file_id
                    WHERE (?1 IS NULL OR s.directive = ?1) AND f.retracted_at IS NULL ORDER BY s.id
                    """, arguments: [directive])
                return try Array(rows.map(StoredSubmission.init(row:)))
            }
        } catch {
            throw .read(reason: "\(error)")
        }
    }

    /// The stored submissions of one period and of the shorter periods inside it (resubmissions
    /// included), in the order they were stored: what the status, the indicators and the report of
    /// a period read, filtered in SQL.
    /// - Parameter directive: Only those of this directive.
    public func submissions(period: Period, directive: DirectiveID?) throws(StoreError) -> [StoredSubmission] {
        do {
            return try database.read { db in
                let (list, arguments) = Self.periodList(period, then: directive)
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT \(StoredSubmission.columns) FROM submission s JOIN source_file f ON f.id = s.source_file_id
                    WHERE s.period IN (\(list)) AND (? IS NULL OR s.directive = ?) AND f.retracted_at IS NULL ORDER BY s.id
                    """, arguments: arguments)
                return try Array(rows.map(StoredSubmission.init(row:)))
            }
        } catch {
            throw .read(reason: "\(error)")
        }
    }

    /// The placeholders of an SQL `IN` list of `period` and every period inside it, and the
    /// arguments: those periods as stored, then `directive` twice (for `? IS NULL OR … = ?`).
    static func periodList(_ period: Period, then directive: DirectiveID?) -> (String, StatementArguments) {
        let covered: [String?] = period.covered.map(\.description)
        return (Array(repeating: "?", count: covered.count).joined(separator: ", "), StatementArguments(covered + [directive, directive]))
    }

    /// Which report each submission of `period` (and of the shorter periods inside it) answers and when it arrived, without its values,
    /// narrative or file: all the status of a period needs, read without decoding a value.
    /// - Parameters:
    ///   - directive: Only those of this directive.
    ///   - units: Only those of these units (a province of the nation).
    public func receipts(period: Period, directive: DirectiveID?, units: Set<UnitID>?) throws(StoreError) -> [Submission] {
        do {
            return try database.read { db in
                let (list, arguments) = Self.periodList(period, then: directive)
                let cursor = try Row.fetchCursor(db, sql: """
                    SELECT directive, obligation, unit, received_at, period FROM submission
                    WHERE period IN (\(list)) AND (? IS NULL OR directive = ?)
                      AND source_file_id NOT IN (SELECT id FROM source_file WHERE retracted_at IS NOT NULL) ORDER BY id
                    """, arguments: arguments)
                var receipts: [Submission] = []
                // One parse per period written, not one per row; none for a period with none
                // inside it (a month), whose rows are all its own.
                let single = period.covered.count == 1
                var periods: [String: Period] = [period.description: period]
                while let row = try cursor.next() {
                    let unit: UnitID = row[2]
                    if let units, !units.contains(unit) { continue }
                    var stored = period
                    if !single {
                        let written: String = row[4]
                        guard let read = periods[written] ?? Period(parsing: written) else { continue }
                        periods[written] = read
                        stored = read
                    }
                    receipts.append(Submission(directive: row[0], obligation: row[1], unit: unit, period: stored, values: [:],
                                               narrative: nil, receivedAt: Date(timeIntervalSince1970: row[3]), source: nil))
                }
                return receipts
            }
        } catch {
            throw .read(reason: "\(error)")
        }
    }

    /// The files ingested, in order.
    public func sourceFiles() throws(StoreError) -> [SourceFile] {
        do {
            return try database.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM source_file ORDER BY id").map(SourceFile.init(row:))
            }
        } catch {
            throw .read(reason: "\(error)")
        }
    }

    /// Withdraws a stored file: it is kept, with its rows, marked retracted by `who` at `now`, and
    /// every question the store answers (status, indicators, reports) ignores it from then on. A
    /// mistake never needs the store deleted.
    /// - Parameters:
    ///   - id: The file's id (``SourceFile/id``).
    ///   - who: Who withdraws it, as they give their name.
    ///   - reason: Why, in their words.
    /// - Returns: The file as now stored.
    public func retract(id: Int64, by who: String, reason: String?, now: Date) throws(StoreError) -> SourceFile {
        do {
            return try Self.retrying { try database.write { db -> SourceFile in
                guard let row = try Row.fetchOne(db, sql: "SELECT * FROM source_file WHERE id = ?", arguments: [id]) else {
                    throw StoreError.write(reason: "no file with id \(id) is stored")
                }
                let file = SourceFile(row: row)
                if let at = file.retractedAt {
                    throw StoreError.write(reason: "\(file.path) was already retracted at \(at) by \(file.retractedBy ?? "?")")
                }
                try db.execute(sql: "UPDATE source_file SET retracted_at = ?, retracted_by = ?, retraction_reason = ? WHERE id = ?",
                               arguments: [Self.timestamp(now), who, reason, id])
                return SourceFile(row: try Row.fetchOne(db, sql: "SELECT * FROM source_file WHERE id = ?", arguments: [id])!)
            } }
        } catch let error as StoreError {
            throw error
        } catch {
            throw .write(reason: "\(error)")
        }
    }

    /// What is wrong with the store file, empty when nothing is: SQLite's own `PRAGMA
    /// integrity_check`, and every ingested file holding exactly the rows it was ingested with.
    /// SQLite's `PRAGMA data_version` on a read-only connection of its own (``StoreVersion``);
    /// nil for a store in memory.
    public func version() -> Int? {
        watch.version(of: self)
    }

    public func integrityProblems() throws(StoreError) -> [String] {
        do {
            return try database.read { db in
                var problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
                let partial = try Row.fetchAll(db, sql: """
                    SELECT f.path, f.rows, COUNT(s.id) AS stored FROM source_file f
                    LEFT JOIN submission s ON s.source_file_id = f.id GROUP BY f.id HAVING COUNT(s.id) != f.rows
                    """)
                for row in partial {
                    let path: String = row["path"], rows: Int = row["rows"], stored: Int = row["stored"]
                    problems.append("\(path): ingested with \(rows) rows, \(stored) stored")
                }
                let orphans = try Int.fetchOne(db, sql: """
                    SELECT COUNT(*) FROM submission WHERE source_file_id NOT IN (SELECT id FROM source_file)
                    """) ?? 0
                if orphans > 0 { problems.append("\(orphans) submissions without their file") }
                return problems
            }
        } catch {
            throw .read(reason: "\(error)")
        }
    }
}
