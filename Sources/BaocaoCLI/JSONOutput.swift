import Baocao
import Foundation

/// Encodes a value as the CLI's JSON: pretty, keys sorted, slashes and Vietnamese left as they are.
func jsonText<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}

/// A list the CLI prints as JSON with the problems met while it was worked out:
/// `{"<name>": [...], "problems": [...]}` (each problem with plugin, hook, file and line).
struct ListWithProblems<Item: Encodable>: Encodable {
    let name: String
    let items: [Item]
    let problems: [RuleProblem]

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(items, forKey: Key(name))
        try container.encode(problems, forKey: Key("problems"))
    }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
