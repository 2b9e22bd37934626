/// The directive and obligation a submission row names, looked up once for each pair a file
/// writes: a file of a national year has tens of thousands of rows and names a few reports, and
/// finding one (and copying its directive and obligation out of the workspace) for every row cost
/// more than the rest of the row's checks.
struct ReportResolver {
    /// A report rows can be checked against, shared by the rows that name it.
    final class Report {
        let directive: Directive
        let obligation: ReportingObligation
        /// The directive's and the obligation's ids, as strings of this resolver's own: every row
        /// keeps them, and counting references to the workspace's strings from the threads that
        /// read files at once makes the cores wait on each other.
        let directiveID: DirectiveID
        let obligationID: ObligationID

        init(directive: Directive, obligation: ReportingObligation) {
            self.directive = directive
            self.obligation = obligation
            directiveID = String(decoding: Array(directive.id.utf8), as: UTF8.self)
            obligationID = String(decoding: Array(obligation.id.utf8), as: UTF8.self)
        }
    }

    private struct Key: Hashable {
        var directive: String?
        var obligation: String
    }

    let workspace: Workspace
    private var known: [Key: Report] = [:]
    private var last: (key: Key, report: Report)?
    /// The nearest unit id to each unknown one met in the file: a file whose unit column is
    /// wrong on every row asks it thousands of times.
    private var nearestUnits: [String: String?] = [:]

    init(workspace: Workspace) {
        self.workspace = workspace
    }

    /// The unit id of `tree` nearest to `text` ("did you mean"), found once per text and file.
    mutating func closestUnit(to text: String, in tree: OrganisationTree) -> String? {
        if let known = nearestUnits[text] { return known }
        let nearest = YAMLFile.closest(to: text, in: tree.units.map(\.id))
        nearestUnits[text] = nearest
        return nearest
    }

    /// The report named by `obligation` in the directive whose id or number is `directive` (the
    /// workspace's only directive when nil); nil when there is none, for the reader to explain.
    mutating func report(directive: String?, obligation: String) -> Report? {
        let key = Key(directive: directive, obligation: obligation)
        if let last, last.key == key { return last.report }
        if let report = known[key] {
            last = (key, report)
            return report
        }
        let found: Directive?
        if let directive {
            found = workspace.directive(directive)
        } else {
            found = workspace.directives.count == 1 ? workspace.directives[0] : nil
        }
        guard let found, let obligation = found.obligation(obligation) else { return nil }
        let report = Report(directive: found, obligation: obligation)
        known[key] = report
        last = (key, report)
        return report
    }
}
