import BaocaoStore
import Foundation

/// A read from the store started at once on another thread, so that the caller can work out
/// something else meanwhile; ``value`` and ``error`` wait for it to finish.
final class ConcurrentRead<Value: Sendable>: @unchecked Sendable {
    private let finished = DispatchGroup()
    // Written once by the reading thread before `finished` is left; read only after waiting on it.
    private var result: Result<Value, StoreError>?

    init(_ read: @escaping @Sendable () throws(StoreError) -> Value) {
        finished.enter()
        DispatchQueue.global().async {
            do throws(StoreError) {
                self.result = .success(try read())
            } catch {
                self.result = .failure(error)
            }
            self.finished.leave()
        }
    }

    /// What was read, or nil when the read failed (see ``error``).
    var value: Value? {
        finished.wait()
        return try? result?.get()
    }

    /// Why the read failed, or nil when it did not.
    var error: StoreError? {
        finished.wait()
        if case .failure(let error) = result { return error }
        return nil
    }
}
