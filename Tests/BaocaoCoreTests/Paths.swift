import Foundation

/// Folders of the repository, found from this source file.
enum Paths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let examples = root.appendingPathComponent("examples")
    static let fixtures = root.appendingPathComponent("Tests/Fixtures")

    static func example(_ name: String) -> String { examples.appendingPathComponent(name).path }
}
