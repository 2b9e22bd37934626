import Foundation

/// Loads a workspace folder:
///
///     workspace.yaml          name, province, plugin chain, levels, kinds, unit files
///     units.yaml              units and external bodies (YAML)
///     grassroots.csv          more units (CSV, for thousands of units)
///     directives/*.yaml       one directive per file; the file name is its id
///
/// Every problem is reported with file, line and column; loading goes on after a problem so that
/// one run lists them all, and a workspace with any problem is not returned.
public struct WorkspaceLoader: Sendable {
    /// The folder, as the user wrote it; diagnostics show paths under it.
    public let path: String

    public init(path: String) {
        self.path = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }

    /// Loads and checks the workspace.
    /// - Throws: ``WorkspaceError/notAWorkspace(path:)`` when there is no `workspace.yaml`, or
    ///   ``WorkspaceError/invalid(_:)`` with every problem found, sorted by file and line.
    public func load() throws(WorkspaceError) -> Workspace {
        let folder = URL(fileURLWithPath: path, isDirectory: true)
        let manifestURL = folder.appendingPathComponent("workspace.yaml")
        guard FileManager.default.fileExists(atPath: manifestURL.path) else {
            throw .notAWorkspace(path: path)
        }
        let log = DiagnosticLog()
        let manifestFile = YAMLFile(url: manifestURL, path: display("workspace.yaml"), log: log)
        guard let manifest = WorkspaceManifest.read(manifestFile) else { throw .invalid(log.sorted) }

        let levelIDs = Set(manifest.levels.map(\.id))
        let kindIDs = Set(manifest.kinds.map(\.id))
        var records: [UnitRecord] = []
        var bodies: [(ExternalBody, SourceLocation)] = []
        for (relative, node) in manifest.unitFiles {
            let url = folder.appendingPathComponent(relative)
            guard FileManager.default.fileExists(atPath: url.path) else {
                log.add(manifestFile.location(node), "unit file '\(relative)' does not exist in the workspace folder")
                continue
            }
            if relative.hasSuffix(".csv") {
                records += UnitCSVReader(url: url, path: display(relative), levels: levelIDs, kinds: kindIDs, log: log).read()
            } else {
                let file = YAMLFile(url: url, path: display(relative), log: log)
                let read = UnitFileReader(file: file, levels: levelIDs, kinds: kindIDs).read()
                records += read.units
                bodies += read.bodies
            }
        }
        let tree = OrganisationChecker(levels: manifest.levels, kinds: manifest.kinds, records: records,
                                       bodies: bodies, log: log).check()
        let directives = loadDirectives(in: folder, tree: tree, log: log)
        guard log.isEmpty else { throw .invalid(log.sorted) }
        return Workspace(name: manifest.name, province: manifest.province, plugins: manifest.plugins, pluginPaths: manifest.pluginPaths,
                         pluginLimits: manifest.pluginLimits, reminderDays: manifest.reminderDays, organisation: tree, directives: directives)
    }

    private func loadDirectives(in folder: URL, tree: OrganisationTree, log: DiagnosticLog) -> [Directive] {
        let directory = folder.appendingPathComponent("directives", isDirectory: true)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isFolder), isFolder.boolValue else {
            log.add(SourceLocation(file: display("directives"), line: 1, column: 1),
                    "the workspace has no directives folder; create 'directives/' with one .yaml file per directive")
            return []
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            .sorted()
        return names.compactMap { name in
            let id = String(name.prefix(upTo: name.lastIndex(of: ".")!))
            let path = display("directives/\(name)")
            guard YAMLFile.isIdentifier(id) else {
                log.add(SourceLocation(file: path, line: 1, column: 1),
                        "the file name '\(name)' is the directive's id and must use lower-case letters without accents, digits, '-', '_' or '.', such as '439-kh-ldld.yaml'")
                return nil
            }
            let file = YAMLFile(url: directory.appendingPathComponent(name), path: path, log: log)
            return DirectiveReader(id: id, file: file, tree: tree).read()
        }
    }

    private func display(_ relative: String) -> String {
        path == "." ? relative : "\(path)/\(relative)"
    }
}
