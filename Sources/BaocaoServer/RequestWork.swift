import Foundation
import NIOPosix

/// Where the portal's requests do the work that blocks a thread: everything that asks the
/// ``WorkspaceService`` (plugin hooks, the store, rendering a document). That work never runs on
/// Swift concurrency's cooperative pool, which has only a thread or two per core and also carries
/// the server's own tasks: one request's slow plugin there would hold up every other request,
/// 404s and the graceful shutdown included.
///
/// Each request's work is one job on ``threads`` and is awaited. The request waits at most
/// `limit` (queueing included), then gives up with ``RequestWorkError/timedOut(_:)``; the job
/// itself goes on in its thread until it ends (plugin calls are bounded by the sandbox's limits),
/// and a job whose request has already given up by the time a thread takes it is skipped.
/// ``stop()`` (when the server shuts down) ends every wait at once with
/// ``RequestWorkError/stopping``, and refuses new work the same way.
final class RequestWork: @unchecked Sendable {
    /// The threads of every portal in the process: max(8, 4 × cores), so that a few requests held
    /// by slow plugins leave threads for the others. Started on first use, never stopped.
    static let threads: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: max(8, 4 * ProcessInfo.processInfo.activeProcessorCount))
        pool.start()
        return pool
    }()

    /// How long a request may wait for its work.
    let limit: Duration
    private let lock = NSLock()
    private var stopped = false
    private var waiting: [ObjectIdentifier: any Abandonable] = [:]

    init(limit: Duration) {
        self.limit = limit
    }

    /// Runs `body` on one of ``threads`` and waits for it, at most ``limit``.
    /// - Throws: what `body` throws; ``RequestWorkError`` when the request gives up;
    ///   `CancellationError` when the waiting task is cancelled.
    func run<Value: Sendable>(_ body: @escaping @Sendable () throws -> Value) async throws -> Value {
        let job = Job<Value>()
        guard register(job) else { throw RequestWorkError.stopping }
        defer { unregister(job) }
        let limit = limit
        let timer = Task {
            try? await Task.sleep(for: limit)
            if !Task.isCancelled { job.decide(.failure(RequestWorkError.timedOut(limit))) }
        }
        defer { timer.cancel() }
        Self.threads.submit { state in
            guard state == .active, !job.isDecided else {
                job.decide(.failure(CancellationError()))
                return
            }
            job.decide(Result { try body() })
        }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { job.wait($0) }
        } onCancel: {
            job.decide(.failure(CancellationError()))
        }
    }

    /// Ends every wait now, and every later one at once, with ``RequestWorkError/stopping``.
    func stop() {
        let jobs = lock.withLock {
            stopped = true
            return Array(waiting.values)
        }
        for job in jobs { job.abandon(RequestWorkError.stopping) }
    }

    /// Lists a job for ``stop()``; false once stopped.
    private func register(_ job: some Abandonable & AnyObject) -> Bool {
        lock.withLock {
            guard !stopped else { return false }
            waiting[ObjectIdentifier(job)] = job
            return true
        }
    }

    private func unregister(_ job: some Abandonable & AnyObject) {
        lock.withLock { waiting[ObjectIdentifier(job)] = nil }
    }
}

/// Why a request's work was not waited for.
enum RequestWorkError: Error, Sendable, Equatable {
    /// It did not finish within the request's time limit.
    case timedOut(Duration)
    /// The server is shutting down.
    case stopping
}

private protocol Abandonable: Sendable {
    func abandon(_ error: any Error)
}

/// One request's job: decided once, by whichever comes first of its result, the time limit,
/// the request's cancellation and the server's shutdown.
private final class Job<Value: Sendable>: Abandonable, @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Value, any Error>?
    /// The outcome, once decided; kept until the continuation comes when it came first.
    private var outcome: Result<Value, any Error>?
    private var resumed = false

    var isDecided: Bool {
        lock.lock()
        defer { lock.unlock() }
        return outcome != nil
    }

    func wait(_ continuation: CheckedContinuation<Value, any Error>) {
        lock.lock()
        if let outcome, !resumed {
            resumed = true
            lock.unlock()
            continuation.resume(with: outcome)
            return
        }
        self.continuation = continuation
        lock.unlock()
    }

    func decide(_ result: Result<Value, any Error>) {
        lock.lock()
        guard outcome == nil else {
            lock.unlock()
            return
        }
        outcome = result
        guard let continuation, !resumed else {
            lock.unlock()
            return
        }
        resumed = true
        self.continuation = nil
        lock.unlock()
        continuation.resume(with: result)
    }

    func abandon(_ error: any Error) { decide(.failure(error)) }
}
