@testable import BaocaoCore
import Foundation
import Testing

/// "Did you mean": the pruned search gives what comparing every key gives.
@Suite("The nearest id")
struct ClosestTests {
    /// The search before it skipped keys: every key compared, the first of the nearest.
    static func everyKey(_ name: String, _ keys: [String]) -> String? {
        let scored = keys.map { ($0, YAMLFile.editDistance(name.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, name.count / 3) else { return nil }
        return best.0
    }

    @Test("Typos of Tây Ninh's unit ids, and strings of every length: the same answer as comparing every key")
    func sameAsEveryKey() throws {
        let workspace = try WorkspaceLoader(path: Paths.root.appendingPathComponent("examples/tay-ninh").path).load()
        let ids = workspace.organisation.units.map(\.id)
        var generator = SystemRandomNumberGenerator()
        let letters = Array("abcdefghijklmnopqrstuvwxyz-0123456789đĐấ")
        for round in 0..<200 {
            var name: [Character]
            if round % 2 == 0, let id = ids.randomElement(using: &generator) {
                name = Array(id)
                for _ in 0..<Int.random(in: 0...4, using: &generator) where !name.isEmpty {
                    let at = Int.random(in: 0..<name.count, using: &generator)
                    switch Int.random(in: 0..<3, using: &generator) {
                    case 0: name.remove(at: at)
                    case 1: name.insert(letters.randomElement(using: &generator)!, at: at)
                    default: name[at] = letters.randomElement(using: &generator)!
                    }
                }
            } else {
                name = (0..<Int.random(in: 0...30, using: &generator)).map { _ in letters.randomElement(using: &generator)! }
            }
            let text = String(name)
            #expect(YAMLFile.closest(to: text, in: ids) == Self.everyKey(text, ids), "\(text)")
        }
    }
}
