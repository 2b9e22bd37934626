import BaocaoCore
import Foundation
import GRDB
import GRDBSQLite

/// The rows of one file, ready to be inserted into `submission`: each row's columns made before
/// the write lock is taken (so that tasks ingesting files at once make theirs in parallel), then
/// inserted many rows per statement, bound through SQLite's C API.
///
/// Why not one `INSERT` per row through `StatementArguments`: when a national year is ingested the
/// store has one writer, and its time is the ingest's. Measured on the national benchmark's rows
/// (2-core machine), SQLite itself spends about half as long per row when a statement inserts
/// ``batchSize`` rows instead of one (the statement's cursors are opened once, and the
/// AUTOINCREMENT counter is written once), and binding text directly skips making a
/// `DatabaseValue` for every column.
struct SubmissionInsert: Sendable {
    /// One row's columns after its file's id, in the insert's order.
    struct Columns: Sendable {
        var row: Int
        var directive: String
        var obligation: String
        var unit: String
        var period: String
        var receivedAt: Double
        var narrative: String?
        var values: String
        var declaredReceivedAt: Double?
    }

    /// Rows per statement. More gains little (40 and 10 measure the same), and SQLite allows at
    /// most 32,766 bound values a statement.
    static let batchSize = 40
    /// Columns per row: the file's id, then ``Columns``.
    static let width = 10

    var rows: [Columns]

    /// The columns of `rows`, the values written as the store's JSON (see ``ValuesJSON``).
    init(_ rows: [SubmissionRow]) throws {
        var json = ValuesJSON()
        // A file's rows are mostly of one period: its text is made once.
        var period: (value: Period, text: String)?
        var columns: [Columns] = []
        columns.reserveCapacity(rows.count)
        // By position, reading each row in place: copying a submission retains all its strings.
        for index in rows.indices {
            if period?.value != rows[index].submission.period {
                period = (rows[index].submission.period, rows[index].submission.period.description)
            }
            columns.append(Columns(row: rows[index].row, directive: rows[index].submission.directive,
                                   obligation: rows[index].submission.obligation, unit: rows[index].submission.unit,
                                   period: period!.text, receivedAt: rows[index].submission.receivedAt.timeIntervalSince1970,
                                   narrative: rows[index].submission.narrative, values: try json.text(rows[index].submission.values),
                                   declaredReceivedAt: rows[index].submission.declaredReceivedAt?.timeIntervalSince1970))
        }
        self.rows = columns
    }

    /// `INSERT` of `count` rows.
    static func sql(rows count: Int) -> String {
        let values = Array(repeating: "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", count: count).joined(separator: ", ")
        return """
            INSERT INTO submission (source_file_id, row, directive, obligation, unit, period, received_at, narrative, field_values,
                                    declared_received_at)
            VALUES \(values)
            """
    }

    /// ``sql(rows:)`` of ``batchSize`` rows, made once.
    static let batchSQL = sql(rows: batchSize)

    /// Inserts every row as from the file `file`, inside the caller's transaction.
    func insert(file: Int64, _ db: Database) throws {
        var start = 0
        while start < rows.count {
            let count = min(Self.batchSize, rows.count - start)
            // The full-size statement is kept prepared between files; the last, shorter one is not.
            let statement = count == Self.batchSize
                ? try db.cachedStatement(sql: Self.batchSQL)
                : try db.makeStatement(sql: Self.sql(rows: count))
            try insert(rows[start..<start + count], file: file, statement: statement, db)
            start += count
        }
    }

    private func insert(_ batch: ArraySlice<Columns>, file: Int64, statement: Statement, _ db: Database) throws {
        let handle = statement.sqliteStatement
        var failed: Int32 = SQLITE_OK
        func check(_ code: Int32) { if code != SQLITE_OK && failed == SQLITE_OK { failed = code } }
        func bind(_ text: String, _ index: Int32) {
            var text = text
            text.withUTF8 { bytes in
                guard let start = bytes.baseAddress else { return check(sqlite3_bind_text(handle, index, "", 0, Self.transient)) }
                check(sqlite3_bind_text(handle, index, UnsafeRawPointer(start).assumingMemoryBound(to: CChar.self),
                                        Int32(bytes.count), Self.transient))
            }
        }
        sqlite3_reset(handle)
        for (offset, columns) in batch.enumerated() {
            let first = Int32(offset * Self.width) + 1
            check(sqlite3_bind_int64(handle, first, file))
            check(sqlite3_bind_int64(handle, first + 1, Int64(columns.row)))
            bind(columns.directive, first + 2)
            bind(columns.obligation, first + 3)
            bind(columns.unit, first + 4)
            bind(columns.period, first + 5)
            check(sqlite3_bind_double(handle, first + 6, columns.receivedAt))
            if let narrative = columns.narrative { bind(narrative, first + 7) } else { check(sqlite3_bind_null(handle, first + 7)) }
            bind(columns.values, first + 8)
            if let declared = columns.declaredReceivedAt {
                check(sqlite3_bind_double(handle, first + 9, declared))
            } else {
                check(sqlite3_bind_null(handle, first + 9))
            }
        }
        guard failed == SQLITE_OK else { throw Self.error(failed, db) }
        let code = sqlite3_step(handle)
        let error = code == SQLITE_DONE ? nil : Self.error(code, db)
        sqlite3_reset(handle)
        if let error { throw error }
    }

    /// SQLite copies bound text it is given with this destructor (`SQLITE_TRANSIENT`, a macro Swift
    /// cannot import).
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    private static func error(_ code: Int32, _ db: Database) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage,
                      sql: "INSERT INTO submission …")
    }
}
