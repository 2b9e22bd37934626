import Yams

/// One mapping of a YAML file whose keys have been checked; reads its values by key.
package struct YAMLMapping {
    let file: YAMLFile
    let node: Node
    /// What the mapping is, for messages: "unit", "reporting obligation".
    let what: String
    let entries: [String: (key: Node, value: Node)]

    /// The value node of `key`, or nil when absent or null.
    package func value(_ key: String) -> Node? {
        guard let value = entries[key]?.value, !YAMLFile.isNull(value) else { return nil }
        return value
    }

    package func has(_ key: String) -> Bool { value(key) != nil }

    /// The location of `key`'s value, or of the mapping when the key is absent.
    package func location(_ key: String) -> SourceLocation { file.location(entries[key]?.value ?? node) }

    /// Reads a key every such mapping must have; records a diagnostic and returns nil when it is
    /// missing or bad.
    package func required<T>(_ key: String, hint: String? = nil, _ read: (Node) throws(Diagnostic) -> T) -> T? {
        guard let value = value(key) else {
            let suffix = hint.map { ": \($0)" } ?? ""
            file.log.add(file.location(entries[key]?.key ?? node), "\(what) is missing '\(key)'\(suffix)")
            return nil
        }
        return file.attempt { () throws(Diagnostic) -> T in try read(value) }
    }

    /// Reads a key that may be absent; records a diagnostic and returns nil when it is bad.
    package func optional<T>(_ key: String, _ read: (Node) throws(Diagnostic) -> T) -> T? {
        guard let value = value(key) else { return nil }
        return file.attempt { () throws(Diagnostic) -> T in try read(value) }
    }

    /// Records an error at `key`'s value (or at the mapping).
    package func report(_ key: String, _ message: String) {
        file.log.add(location(key), message)
    }
}
