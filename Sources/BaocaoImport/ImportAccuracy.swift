import Foundation
import Yams

/// Import's accuracy over fixtures whose fields were written by hand: per field, how many values
/// were found and correct, found but wrong, missing (stated in the text, not found), and rightly
/// absent (not stated, and reported missing).
///
/// A fixture is `NAME.expected.yaml` beside its source:
///
/// ```yaml
/// source: 001-tay-ninh.txt
/// workspace: ../../../examples/tay-ninh   # optional: its plugins' import hooks run
/// base: 001-tay-ninh.expected.yaml        # optional: start from another fixture's fields
/// fields:
///   number: 439/KH-LĐLĐ
///   superior: null                        # not in the text: must be reported missing
/// ```
///
/// A value found for a field the fixture does not list counts as wrong.
public struct ImportAccuracy: Sendable {
    /// One fixture's expectations.
    public struct Fixture: Sendable {
        public var name: String
        public var source: String
        public var workspace: String?
        /// Field → value, or nil for "not in the text".
        public var fields: [String: String?]
    }

    /// The counts of one field family (`legalBases[].date`) or of everything.
    public struct Tally: Sendable, Hashable {
        public var correct = 0
        public var wrong = 0
        public var missing = 0
        public var absent = 0
        public init() {}
        mutating func add(_ other: Tally) {
            correct += other.correct; wrong += other.wrong; missing += other.missing; absent += other.absent
        }
    }

    /// One disagreement, for the report.
    public struct Finding: Sendable, Hashable, CustomStringConvertible {
        public var fixture: String
        public var field: String
        public var expected: String?
        public var found: String?
        public var description: String {
            "\(fixture): \(field): expected \(expected.map { "'\($0)'" } ?? "nothing (not in the text)"), found \(found.map { "'\($0)'" } ?? "nothing")"
        }
    }

    public var families: [String: Tally] = [:]
    public var fixtures: [String: Tally] = [:]
    public var wrong: [Finding] = []
    public var missing: [Finding] = []

    public var total: Tally {
        var sum = Tally()
        for tally in families.values { sum.add(tally) }
        return sum
    }

    /// Reads every `*.expected.yaml` of `folder`.
    public static func fixtures(in folder: String) throws -> [Fixture] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".expected.yaml") }.sorted()
        return try names.map { try fixture(named: $0, in: folder) }
    }

    static func fixture(named name: String, in folder: String) throws -> Fixture {
        let path = (folder as NSString).appendingPathComponent(name)
        guard let text = try? String(contentsOfFile: path, encoding: .utf8),
              let node = try Yams.compose(yaml: text), let mapping = node.mapping else {
            throw ImportError.unreadable(path: path, reason: "not a YAML mapping")
        }
        func scalar(_ key: String) -> String? { mapping[key]?.scalar?.string }
        var fields: [String: String?] = [:]
        var workspace = scalar("workspace").map { (folder as NSString).appendingPathComponent($0) }
        if let base = scalar("base") {
            let inherited = try fixture(named: base, in: folder)
            fields = inherited.fields
            workspace = workspace ?? inherited.workspace
        }
        for (key, value) in mapping["fields"]?.mapping ?? [:] {
            guard let field = key.string else { continue }
            let isNull = value.tag.description == Tag.Name.null.rawValue || value.scalar?.string == "~" || value.scalar?.string == "null"
            fields[field] = isNull ? .some(nil) : .some(value.scalar?.string)
        }
        guard let source = scalar("source") else { throw ImportError.unreadable(path: path, reason: "no 'source'") }
        return Fixture(name: String(name.dropLast(".expected.yaml".count)), source: (folder as NSString).appendingPathComponent(source),
                       workspace: workspace, fields: fields)
    }

    public init() {}

    /// Compares `draft` with `fixture` and adds the counts.
    public mutating func add(_ draft: DirectiveDraft, for fixture: Fixture) {
        var found: [String: String] = [:]
        for field in draft.fields { found[field.key] = field.value }
        var tally = Tally()
        for key in Set(found.keys).union(fixture.fields.keys).sorted() {
            let family = DraftField.family(of: key)
            var counts = Tally()
            let expected = fixture.fields[key] ?? nil
            let listed = fixture.fields[key] != nil
            switch (expected, found[key]) {
            case (let expected?, let value?) where expected == value: counts.correct = 1
            case (nil, nil) where listed: counts.absent = 1
            case (let expected?, nil):
                counts.missing = 1
                missing.append(Finding(fixture: fixture.name, field: key, expected: expected, found: nil))
            default:
                counts.wrong = 1
                wrong.append(Finding(fixture: fixture.name, field: key, expected: expected, found: found[key]))
            }
            families[family, default: Tally()].add(counts)
            tally.add(counts)
        }
        fixtures[fixture.name, default: Tally()].add(tally)
    }

    /// The report as a table: per field family, then per fixture, then the total.
    public var lines: [String] {
        func row(_ name: String, _ tally: Tally) -> String {
            let padded = name.count >= 44 ? String(name.prefix(44)) : name + String(repeating: " ", count: 44 - name.count)
            return padded + String(format: "%8d %8d %8d %8d", tally.correct, tally.wrong, tally.missing, tally.absent)
        }
        let header = "field" + String(repeating: " ", count: 39) + " correct    wrong  missing   absent"
        var out = ["Import accuracy over \(fixtures.count) fixtures (correct: found and right; wrong: found and not right;",
                   "missing: in the text, not found; absent: not in the text, and reported missing)", "", header]
        out += families.keys.sorted().map { row($0, families[$0]!) }
        out += ["", "fixture" + String(repeating: " ", count: 37) + " correct    wrong  missing   absent"]
        out += fixtures.keys.sorted().map { row($0, fixtures[$0]!) }
        out += ["", row("total", total)]
        if !wrong.isEmpty { out += ["", "Wrong values:"] + wrong.map { "  \($0)" } }
        if !missing.isEmpty { out += ["", "Missing values:"] + missing.map { "  \($0)" } }
        return out
    }
}
