import Foundation

/// Wrong tokens, counted per address and per unit: after ``WrongTokenLimits/delayAfter`` failures in a
/// window the answers to that address or for that unit wait ``WrongTokenLimits/delay`` first; after
/// ``WrongTokenLimits/refuseAfter`` uploads are refused (429, with `Retry-After`) for ``WrongTokenLimits/lockout``.
/// A guess at a unit's token then costs an attacker minutes, not a millisecond.
///
/// A unit is limited apart from the addresses, with a higher count: one person guessing from many
/// addresses is slowed too, while a unit whose token someone else guesses at is locked out only
/// when the guessing is heavy (and for the lockout only: its officials can upload again after it,
/// or from the office with `baocao ingest`). Bounded in memory: at most ``WrongTokenLimits/tracked`` keys;
/// past that, those whose window and lockout are over are forgotten first.
final class TokenThrottle: @unchecked Sendable {
    /// What to do with an upload before its token is checked.
    enum Verdict: Equatable {
        /// Check it, after waiting `delay` (zero when nothing failed lately).
        case check(delay: Duration)
        /// Refuse it: 429, to be tried again after `retryAfter` whole seconds.
        case refuse(retryAfter: Int, because: String)
    }

    private struct Record {
        var failures = 0
        var windowStart: ContinuousClock.Instant
        var lockedUntil: ContinuousClock.Instant?
        /// Refused since the log last said so, and when it did.
        var refusedSinceLog = 0
        var loggedAt: ContinuousClock.Instant?
    }

    let limits: WrongTokenLimits
    private let log: @Sendable (String) -> Void
    private let lock = NSLock()
    private var records: [String: Record] = [:]
    private let clock = ContinuousClock()

    init(limits: WrongTokenLimits, log: @escaping @Sendable (String) -> Void) {
        self.limits = limits
        self.log = log
    }

    /// Before checking a token sent from `address` for `unit`.
    func verdict(address: String, unit: String, now: ContinuousClock.Instant? = nil) -> Verdict {
        let now = now ?? clock.now
        return lock.withLock {
            var delay = Duration.zero
            for (key, name) in [("address " + address, "from \(address)"), ("unit " + unit, "for unit \(unit)")] {
                guard var record = records[key] else { continue }
                if let until = record.lockedUntil, until <= now {
                    // The lockout is served: the failures before it are forgotten.
                    records[key] = nil
                    continue
                }
                if let until = record.lockedUntil {
                    record.refusedSinceLog += 1
                    let seconds = Int((until - now).components.seconds) + 1
                    // One line every ten seconds at most, however fast the refused requests come.
                    if record.loggedAt.map({ now - $0 >= .seconds(10) }) ?? true {
                        log("baocao serve: refused (429) \(record.refusedSinceLog) upload\(record.refusedSinceLog == 1 ? "" : "s") \(name) after too many wrong tokens; refused for \(seconds) s more")
                        record.refusedSinceLog = 0
                        record.loggedAt = now
                    }
                    records[key] = record
                    return .refuse(retryAfter: seconds, because: name)
                }
                if now - record.windowStart <= limits.window, record.failures >= limits.delayAfter { delay = limits.delay }
            }
            return .check(delay: delay)
        }
    }

    /// After a wrong (or missing) token from `address` for `unit`.
    func failed(address: String, unit: String, now: ContinuousClock.Instant? = nil) {
        let now = now ?? clock.now
        lock.withLock {
            if records.count >= limits.tracked { forgetFinished(now) }
            for (key, name, limit) in [("address " + address, "from \(address)", limits.refuseAfter),
                                       ("unit " + unit, "for unit \(unit)", limits.refuseAfterForUnit)] {
                var record = records[key] ?? Record(windowStart: now)
                if now - record.windowStart > limits.window || record.lockedUntil.map({ $0 <= now }) == true {
                    record = Record(windowStart: now)
                }
                record.failures += 1
                if record.failures >= limit {
                    record.lockedUntil = now + limits.lockout
                    log("baocao serve: \(record.failures) wrong tokens \(name) within \(Self.minutes(limits.window)); uploads \(name) refused (429) for \(Self.minutes(limits.lockout))")
                }
                records[key] = record
            }
        }
    }

    /// After a right token: the address's failures are forgotten (a unit's official who mistyped
    /// it), the unit's are not (someone else may be guessing at it).
    func succeeded(address: String) {
        lock.withLock { _ = records.removeValue(forKey: "address " + address) }
    }

    /// Forgets the records whose window and lockout are over; if that is not enough, the ones not
    /// locked out.
    private func forgetFinished(_ now: ContinuousClock.Instant) {
        records = records.filter { _, record in
            (record.lockedUntil.map { $0 > now } ?? false) || now - record.windowStart <= limits.window
        }
        if records.count >= limits.tracked {
            records = records.filter { $0.value.lockedUntil.map { $0 > now } ?? false }
        }
    }

    static func minutes(_ duration: Duration) -> String {
        let seconds = duration.components.seconds
        return seconds % 60 == 0 ? "\(seconds / 60) min" : "\(seconds) s"
    }
}
