/// Collects diagnostics while a workspace loads, so that one run reports every problem it can.
package final class DiagnosticLog {
    package init() {}
    private(set) var diagnostics: [Diagnostic] = []
    /// Ids (`unit:…`, `obligation:…`) that a file declares but that could not be read. A reference
    /// to one is not reported again: the entry's own problem already was.
    private(set) var unreadable: Set<String> = []

    package func add(_ diagnostic: Diagnostic) {
        guard diagnostic != .alreadyReported else { return }
        diagnostics.append(diagnostic)
    }

    func markUnreadable(_ key: String) { unreadable.insert(key) }

    func isUnreadable(_ key: String) -> Bool { unreadable.contains(key) }

    package func add(_ location: SourceLocation, _ message: String) { add(Diagnostic(location, message)) }

    package var isEmpty: Bool { diagnostics.isEmpty }

    /// Diagnostics by file, line and column, each once.
    package var sorted: [Diagnostic] {
        var seen = Set<Diagnostic>()
        return diagnostics.sorted { $0.location < $1.location }.filter { seen.insert($0).inserted }
    }
}
