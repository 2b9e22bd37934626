import BaocaoCore
import Foundation
import Testing

/// Values as files write them: a decimal comma is a number, a word that Swift's `Double` happens
/// to read is not.
@Suite("Reported values")
struct FieldValueTests {
    @Test("A decimal comma or point is a number; nan, inf and hexadecimal floats are refused", arguments: [
        ("12,5", 12.5), ("12.5", 12.5), ("-3", -3), ("1e3", 1000),
    ])
    func numbers(_ text: String, _ value: Double) {
        #expect(FieldValue(parsing: text, as: .number) == .number(value))
    }

    @Test("Not numbers", arguments: ["nan", "NaN", "inf", "-infinity", "0x1p3", "1.234,5", "12 người", ""])
    func notNumbers(_ text: String) {
        #expect(FieldValue(parsing: text, as: .number) == nil)
    }
}
