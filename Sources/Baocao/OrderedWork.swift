import Foundation

/// Items made on several threads and used one at a time, in order, on the caller's thread: the
/// shape of ingesting many files, where reading and checking a file can run on every core but
/// the store has one writer, and files must be stored in the order the user gave them.
///
/// At most `ahead` items wait made but unused, so that a slow user (the writer) does not let the
/// makers fill memory with a year of files.
final class OrderedWork<Item>: @unchecked Sendable {
    private let condition = NSCondition()
    // All below are guarded by `condition`.
    private var made: [Int: Item] = [:]
    private var nextToMake = 0
    private var nextToUse = 0

    private let count: Int
    private let ahead: Int

    private init(count: Int, ahead: Int) {
        self.count = count
        self.ahead = max(1, ahead)
    }

    /// Makes items `0..<count` with `make` on `makers` threads, and hands each to `use`, in
    /// order, on the calling thread as soon as it and all before it are made.
    static func run(count: Int, makers: Int, ahead: Int, make: @escaping @Sendable (Int) -> Item, use: (Int, Item) -> Void) {
        let work = OrderedWork(count: count, ahead: ahead)
        let finished = DispatchGroup()
        for _ in 0..<max(1, min(makers, count)) {
            DispatchQueue.global().async(group: finished) { work.makeItems(make) }
        }
        for index in 0..<count { use(index, work.take(index)) }
        finished.wait()
    }

    /// One maker's loop: takes the next index not yet taken, within `ahead` of the next to use.
    private func makeItems(_ make: (Int) -> Item) {
        while true {
            condition.lock()
            while nextToMake < count && nextToMake >= nextToUse + ahead { condition.wait() }
            guard nextToMake < count else {
                condition.unlock()
                return
            }
            let index = nextToMake
            nextToMake += 1
            condition.unlock()
            let item = make(index)
            condition.lock()
            made[index] = item
            condition.broadcast()
            condition.unlock()
        }
    }

    /// Waits for item `index`, and lets the makers go on past it.
    private func take(_ index: Int) -> Item {
        condition.lock()
        defer { condition.unlock() }
        while made[index] == nil { condition.wait() }
        nextToUse = index + 1
        condition.broadcast()
        return made.removeValue(forKey: index)!
    }
}
