import Foundation
import Yams

/// A parsed YAML file of a workspace and the helpers that read its nodes into model values.
///
/// Every reader either returns a value or throws a ``Diagnostic`` that names the node's line and
/// column and says what was expected. Callers that can go on after a bad value (a list of units)
/// record the diagnostic in the log and skip the value, so one run reports every problem.
package struct YAMLFile {
    /// The path shown in diagnostics.
    package let path: String
    package let root: Node?
    package let log: DiagnosticLog

    /// Reads and parses `url`, shown as `path`. A syntax error is recorded and `root` is nil.
    package init(url: URL, path: String, log: DiagnosticLog) {
        self.path = path
        self.log = log
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            log.add(SourceLocation(file: path, line: 1, column: 1),
                    "cannot read the file as UTF-8 text: \(error.localizedDescription)")
            root = nil
            return
        }
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            log.add(YAMLFile.diagnostic(for: error, path: path))
            root = nil
        } catch {
            log.add(SourceLocation(file: path, line: 1, column: 1), "cannot parse the YAML: \(error)")
            root = nil
        }
    }

    static func diagnostic(for error: YamlError, path: String) -> Diagnostic {
        func located(_ mark: Mark, _ problem: String, _ context: YamlError.Context?) -> Diagnostic {
            let where_ = context.map { " (\($0.text))" } ?? ""
            return Diagnostic(SourceLocation(file: path, line: mark.line, column: mark.column),
                              "YAML syntax error: \(problem)\(where_); check the indentation and the quoting on this line")
        }
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            return located(mark, problem, context)
        default:
            return Diagnostic(SourceLocation(file: path, line: 1, column: 1), "YAML error: \(error)")
        }
    }

    // MARK: Locations and errors

    package func location(_ node: Node?) -> SourceLocation {
        let mark = node?.mark
        return SourceLocation(file: path, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    package func error(_ node: Node?, _ message: String) -> Diagnostic {
        Diagnostic(location(node), message)
    }

    /// Records the error a reader threw and returns nil, so a caller can skip one bad value.
    package func attempt<T>(_ body: () throws(Diagnostic) -> T) -> T? {
        do { return try body() } catch { log.add(error); return nil }
    }

    package static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): scalar.tag == .init(.null) || scalar.string.isEmpty ? "nothing" : "the text '\(scalar.string)'"
        case .mapping: "a mapping (key: value lines)"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node else { return false }
        return scalar.tag == .init(.null) || (scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string))
    }

    // MARK: Scalars

    /// Non-empty text. Numbers and dates written unquoted are read as their text.
    package func text(_ node: Node) throws(Diagnostic) -> String {
        guard case .scalar(let scalar) = node, !YAMLFile.isNull(node) else {
            throw error(node, "expected text, found \(YAMLFile.describe(node))")
        }
        let value = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !value.isEmpty else { throw error(node, "expected text, found an empty value") }
        return value
    }

    /// An id: lower-case letters, digits, '-', '_' or '.', starting with a letter or digit.
    package func identifier(_ node: Node) throws(Diagnostic) -> String {
        let value = try text(node)
        guard YAMLFile.isIdentifier(value) else {
            throw error(node, "'\(value)' is not a valid id: use lower-case letters without accents, digits, '-', '_' or '.', such as 'ldld-huyen-gia-vien'")
        }
        return value
    }

    package static func isIdentifier(_ value: String) -> Bool {
        func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
        }
        guard let first = value.unicodeScalars.first, isLetterOrDigit(first) else { return false }
        return value.unicodeScalars.allSatisfy { isLetterOrDigit($0) || "-_.".unicodeScalars.contains($0) }
    }

    /// A calendar date: 2023-05-09, or 09/05/2023.
    package func date(_ node: Node) throws(Diagnostic) -> CalendarDate {
        let value = try text(node)
        guard let date = CalendarDate(parsing: value) else {
            throw error(node, CalendarDate.problem(with: value))
        }
        return date
    }

    /// true/false (also yes/no, có/không).
    package func boolean(_ node: Node) throws(Diagnostic) -> Bool {
        let value = try text(node)
        guard case .boolean(let result)? = FieldValue(parsing: value, as: .boolean) else {
            throw error(node, "expected true or false, found '\(value)'")
        }
        return result
    }

    /// A list whose elements each pass `element`; a bad element is recorded and skipped. A single
    /// scalar counts as a list of one, so `levels: district` and `levels: [district]` both work.
    package func list<T>(_ node: Node, _ element: (Node) throws(Diagnostic) -> T) throws(Diagnostic) -> [T] {
        switch node {
        case .sequence(let sequence):
            return sequence.compactMap { item in attempt { () throws(Diagnostic) -> T in try element(item) } }
        case .scalar where YAMLFile.isNull(node):
            return []
        case .scalar:
            return try [element(node)]
        default:
            throw error(node, "expected a list, found \(YAMLFile.describe(node))")
        }
    }

    /// A list of mappings, each read by `element`.
    package func mappings<T>(_ node: Node, what: String, keys: [String],
                     _ element: (YAMLMapping) -> T?) throws(Diagnostic) -> [T] {
        guard case .sequence(let sequence) = node else {
            if YAMLFile.isNull(node) { return [] }
            throw error(node, "expected a list of \(what) entries (lines starting with '- '), found \(YAMLFile.describe(node))")
        }
        return sequence.compactMap { item in
            attempt { () throws(Diagnostic) -> YAMLMapping in try mapping(item, what: what, keys: keys) }.flatMap(element)
        }
    }

    /// A mapping that may use only `keys`; unknown and repeated keys are recorded as errors.
    package func mapping(_ node: Node, what: String, keys: [String]) throws(Diagnostic) -> YAMLMapping {
        guard case .mapping(let mapping) = node else {
            throw error(node, "expected \(what) as a mapping of keys (\(keys.joined(separator: ", "))), found \(YAMLFile.describe(node))")
        }
        var entries: [String: (key: Node, value: Node)] = [:]
        for (key, value) in mapping {
            let name = key.string ?? ""
            if let first = entries[name] {
                log.add(location(key), "key '\(name)' appears twice in this \(what) (first on line \(location(first.key).line)); keep one")
                continue
            }
            guard keys.contains(name) else {
                let hint = YAMLFile.closest(to: name, in: keys).map { "did you mean '\($0)'? " } ?? ""
                log.add(location(key), "unknown key '\(name)' in \(what); \(hint)expected one of: \(keys.joined(separator: ", "))")
                continue
            }
            entries[name] = (key, value)
        }
        return YAMLMapping(file: self, node: node, what: what, entries: entries)
    }

    /// The allowed key nearest to `name` by edit distance, when it is near enough to be a typo
    /// (at most a third of its length, or 2); the first of those equally near.
    ///
    /// A key whose length differs from `name`'s by more than the best distance so far cannot be
    /// nearer and is not compared: a file of thousands of rows naming unknown units asks this of
    /// every row, against every unit (`make fuzz` found it taking most of a run).
    package static func closest(to name: String, in keys: [String]) -> String? {
        let target = Array(name.lowercased())
        let limit = max(2, name.count / 3)
        var best: (key: String, distance: Int)?
        for key in keys {
            let bound = min(limit, (best?.distance ?? limit + 1) - 1)
            // A Character count can only be below its UTF-8 count: a key far shorter in bytes than
            // the bound allows is left without making its array.
            guard key.utf8.count >= target.count - bound else { continue }
            let candidate = Array(key.lowercased())
            guard abs(candidate.count - target.count) <= bound else { continue }
            let distance = editDistance(target, candidate)
            if distance <= bound { best = (key, distance) }
        }
        return best?.key
    }

    /// The edit distance of `a` and `b`, in characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        editDistance(Array(a), Array(b))
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

extension CalendarDate {
    /// Plain words on why `text` is not a date.
    package static func problem(with text: String) -> String {
        let numbers = text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        if numbers.count == 3 {
            let (y, m, d) = text.contains("/") || (numbers[2] > 31) ? (numbers[2], numbers[1], numbers[0])
                                                                    : (numbers[0], numbers[1], numbers[2])
            if !(1...12).contains(m) {
                return "'\(text)' is not a date: there is no month \(m); write dates as YYYY-MM-DD, such as 2023-05-09"
            }
            if d < 1 || d > CalendarDate.daysIn(month: m, year: y) {
                return "'\(text)' is not a date: month \(m) of \(y) has \(CalendarDate.daysIn(month: m, year: y)) days; write dates as YYYY-MM-DD, such as 2023-05-09"
            }
        }
        return "'\(text)' is not a date; write dates as YYYY-MM-DD, such as 2023-05-09 (or day-first, 09/05/2023)"
    }
}
