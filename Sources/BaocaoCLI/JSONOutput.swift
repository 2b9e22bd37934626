import Baocao
import Foundation

/// Encodes a value as the project's JSON (``JSONVocabulary``): pretty, keys sorted, slashes and
/// Vietnamese left as they are.
func jsonText<T: Encodable>(_ value: T) throws -> String {
    try JSONVocabulary.text(value)
}
