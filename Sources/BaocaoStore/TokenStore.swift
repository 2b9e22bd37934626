import BaocaoCore
import Crypto
import Foundation
import GRDB

/// The tokens that let a unit hand in its own reports through the web portal. Only each token's
/// SHA-256 is kept, in the workspace's store; the token itself is shown once, when it is made.
///
/// A token is good for one unit only, until it is revoked.
public final class TokenStore: Sendable {
    private let database: DatabaseQueue

    /// Opens the token table of the store in `<workspaceFolder>/.baocao/store.sqlite`.
    public init(workspaceFolder: String) throws(StoreError) {
        let folder = URL(fileURLWithPath: workspaceFolder).appendingPathComponent(".baocao", isDirectory: true)
        let path = folder.appendingPathComponent("store.sqlite").path
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            database = try DatabaseQueue(path: path, configuration: configuration)
            try database.write { db in
                try db.execute(sql: """
                    CREATE TABLE IF NOT EXISTS unit_token (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        unit TEXT NOT NULL,
                        sha256 TEXT NOT NULL UNIQUE,
                        created_at TEXT NOT NULL,
                        revoked_at TEXT
                    )
                    """)
            }
        } catch {
            throw .cannotOpen(path: path, reason: "\(error)")
        }
    }

    static func digest(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    private static func stamp(_ date: Date) -> String { ISO8601DateFormatter().string(from: date) }

    /// A new token for `unit`: 32 random bytes as 64 hexadecimal characters after "bc_".
    public func issue(unit: UnitID, now: Date = Date()) throws(StoreError) -> String {
        var generator = SystemRandomNumberGenerator()
        let token = "bc_" + (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
        do {
            try database.write { db in
                try db.execute(sql: "INSERT INTO unit_token (unit, sha256, created_at) VALUES (?, ?, ?)",
                               arguments: [unit, Self.digest(token), Self.stamp(now)])
            }
        } catch {
            throw .write(reason: "\(error)")
        }
        return token
    }

    /// Whether `token` is a live token of `unit` (not revoked, not another unit's).
    public func verify(_ token: String, unit: UnitID) throws(StoreError) -> Bool {
        do {
            return try database.read { db in
                try Bool.fetchOne(db, sql: "SELECT 1 FROM unit_token WHERE sha256 = ? AND unit = ? AND revoked_at IS NULL",
                                  arguments: [Self.digest(token), unit]) ?? false
            }
        } catch {
            throw .read(reason: "\(error)")
        }
    }

    /// Revokes every live token of `unit`; returns how many.
    @discardableResult
    public func revokeAll(unit: UnitID, now: Date = Date()) throws(StoreError) -> Int {
        do {
            return try database.write { db in
                try db.execute(sql: "UPDATE unit_token SET revoked_at = ? WHERE unit = ? AND revoked_at IS NULL",
                               arguments: [Self.stamp(now), unit])
                return db.changesCount
            }
        } catch {
            throw .write(reason: "\(error)")
        }
    }
}
