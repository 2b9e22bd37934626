import Foundation
import GRDB

/// A number that changes whenever anything is committed to a store, from any connection of any
/// process: SQLite's `PRAGMA data_version`, read on a connection of its own that never writes
/// (the number is that connection's view of the others' commits). The portal keeps an answer
/// while the number is the same (`AnswerCache`).
///
/// Reading it looks at the WAL index in shared memory: no query, no wait for a writer.
public final class StoreVersion: Sendable {
    private let connection: DatabaseQueue?

    /// Watches the store `store` (nil for a store in memory: there, ``current`` is always nil and
    /// nothing may be kept).
    public init(_ store: SubmissionStore) throws(StoreError) {
        guard store.path != ":memory:" else {
            connection = nil
            return
        }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(SubmissionStore.busyTimeout)
        do {
            connection = try DatabaseQueue(path: store.path, configuration: configuration)
        } catch {
            throw .cannotOpen(path: store.path, reason: "\(error)")
        }
    }

    /// The current number; nil when it cannot be read (then nothing may be kept).
    public var current: Int? {
        try? connection?.read { db in try Int.fetchOne(db, sql: "PRAGMA data_version") }
    }
}

/// A ``StoreVersion`` made on first use, for ``SubmissionStore/version()``.
final class StoreWatchBox: @unchecked Sendable {
    private let lock = NSLock()
    private var watch: StoreVersion?
    private var failed = false

    func version(of store: SubmissionStore) -> Int? {
        let watch: StoreVersion? = lock.withLock {
            if self.watch == nil, !failed {
                self.watch = try? StoreVersion(store)
                failed = self.watch == nil
            }
            return self.watch
        }
        return watch?.current
    }
}
