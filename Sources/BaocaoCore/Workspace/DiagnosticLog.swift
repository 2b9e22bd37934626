/// Collects diagnostics while a workspace loads, so that one run reports every problem it can.
final class DiagnosticLog {
    private(set) var diagnostics: [Diagnostic] = []

    func add(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    func add(_ location: SourceLocation, _ message: String) { add(Diagnostic(location, message)) }

    var isEmpty: Bool { diagnostics.isEmpty }

    /// Diagnostics by file, line and column, each once.
    var sorted: [Diagnostic] {
        var seen = Set<Diagnostic>()
        return diagnostics.sorted { $0.location < $1.location }.filter { seen.insert($0).inserted }
    }
}
