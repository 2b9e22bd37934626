import Baocao
import Foundation
import Hummingbird

/// The answers the portal gave lately, kept while the store holds what they were made from: the
/// same page or JSON asked again costs a look-up, not a schedule, a status and the plugins.
///
/// An answer is kept under its route, its query (in a fixed order) and the day it judged on, with
/// the store's version (``WorkspaceService/storeVersion()``) when it was made: any file stored or
/// retracted, by the portal or by `baocao ingest` in another process, changes the version and the
/// answer is made again. The workspace's rules are read once, when the portal starts. An answer
/// is kept for at most ``maximumAge`` besides (``PortalConfiguration/answerLifetime``), so that
/// one a plugin's time limit cut short under load is not served for long; at most ``capacity``
/// answers are kept, the oldest forgotten first.
/// Only answers that were made are kept: an error is never.
final class AnswerCache: @unchecked Sendable {
    static let capacity = 256
    let maximumAge: Duration

    init(maximumAge: Duration) {
        self.maximumAge = maximumAge
    }

    private struct Entry {
        var version: Int
        var made: ContinuousClock.Instant
        var value: any Sendable
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private let clock = ContinuousClock()
    /// How many answers were served from here, and how many were made: for tests and the log.
    private(set) var hits = 0, misses = 0

    /// The key of `request`, judged on `asOf`: its path, its query items sorted, and the day.
    static func key(_ request: Request, asOf: CalendarDate) -> String {
        let query = request.uri.queryParameters.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: "&")
        return "\(request.uri.path)?\(query)#\(asOf)"
    }

    /// The answer kept under `key` for the store's `version`, or the one `make` gives (kept when
    /// `version` is known).
    func answer<Value: Sendable>(_ key: String, version: Int?, make: () async throws -> Value) async throws -> Value {
        let now = clock.now
        if let version {
            let kept: Value? = lock.withLock {
                guard let entry = entries[key], entry.version == version, now - entry.made < maximumAge,
                      let value = entry.value as? Value else { return nil }
                hits += 1
                return value
            }
            if let kept { return kept }
        }
        let value = try await make()
        lock.withLock {
            misses += 1
            guard let version else { return }
            if entries.count >= Self.capacity {
                entries = entries.filter { $0.value.version == version && now - $0.value.made < maximumAge }
                if entries.count >= Self.capacity, let oldest = entries.min(by: { $0.value.made < $1.value.made }) {
                    entries[oldest.key] = nil
                }
            }
            entries[key] = Entry(version: version, made: now, value: value)
        }
        return value
    }

    var counts: (hits: Int, misses: Int) { lock.withLock { (hits, misses) } }
}
