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

/// Arrival times with an ISO 8601 offset name the moment they say, whatever the zone; without
/// one, Vietnam's time.
@Suite("Arrival times with an offset")
struct ReceivedTimeOffsetTests {
    @Test("Z, +07:00, +0700 and -03:00 name the same moment as the time in Vietnam", arguments: [
        "2023-10-30T07:20:00Z", "2023-10-30T14:20:00+07:00", "2023-10-30T14:20+0700", "2023-10-30T04:20:00-03:00", "2023-10-30 14:20",
    ])
    func offsets(_ text: String) throws {
        let moment = try #require(ReceivedTime.parse(text))
        #expect(ReceivedTime.iso(of: moment) == "2023-10-30T14:20:00+07:00")
    }
}
