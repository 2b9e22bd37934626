import Foundation
import Testing
@testable import BaocaoCore

/// Arrival times as programs write them: ISO 8601 with an offset and perhaps a fraction of a
/// second, what `baocao export` writes and `baocao ingest` reads back to the same moment.
@Suite("Arrival times in ISO 8601")
struct ReceivedTimeTests {
    @Test("An offset says the zone; without one the time is Vietnam's", arguments: [
        ("2023-10-30T14:20:05+07:00", 1_698_650_405.0), ("2023-10-30T07:20:05Z", 1_698_650_405.0),
        ("2023-10-30T14:20:05+0700", 1_698_650_405.0), ("2023-10-30T14:20:05+07", 1_698_650_405.0),
        ("2023-10-30T09:20:05+02:00", 1_698_650_405.0), ("2023-10-30T02:20:05-05:00", 1_698_650_405.0),
        ("2023-10-30 14:20:05", 1_698_650_405.0), ("2023-10-30T14:20:05.25+07:00", 1_698_650_405.25),
        ("2023-10-30T14:20+07:00", 1_698_650_400.0),
    ])
    func offsets(_ written: (String, Double)) {
        #expect(ReceivedTime.parse(written.0)?.timeIntervalSince1970 == written.1)
    }

    @Test("What is no offset or no time is refused", arguments: [
        "2023-10-30T14:20:05+7", "2023-10-30T14:20:05+07:0", "2023-10-30T14:20:05+15:00", "2023-10-30T14:20:05+07:60",
        "2023-10-30T+07:00", "2023-10-30T14:20:05.+07:00", "2023-10-30T14:20:05.2x", "2023-10-30T14:20:60Z", "2023-10-30TZ",
        // Found by a review: an empty part, a sign and three digits were read as a time.
        "2023-10-30 8::45", "2023-10-30 8:+5", "2023-10-30 008:45", "2023-10-30 08:45:", "2023-10-30 :45",
    ])
    func refused(_ text: String) {
        #expect(ReceivedTime.parse(text) == nil)
    }

    @Test("Written with its offset and read back to the same moment, to the microsecond", arguments: [
        1_698_650_405.0, 1_698_650_405.25, 1_698_598_800.0, 1_698_684_799.999_9, 1_700_000_000.123_456, 0.5, -3600.75,
    ])
    func roundTrip(_ seconds: Double) throws {
        let moment = Date(timeIntervalSince1970: seconds)
        let text = ReceivedTime.iso8601(moment)
        #expect(text.hasSuffix("+07:00"))
        let read = try #require(ReceivedTime.parse(text), "\(text)")
        #expect(abs(read.timeIntervalSince1970 - seconds) < 2e-6, "\(text)")
        #expect(read <= moment, "never later, so a report on time stays on time")
    }

    @Test("Whole seconds are written without a fraction")
    func wholeSeconds() throws {
        #expect(ReceivedTime.iso8601(try #require(ReceivedTime.parse("2023-10-30 14:20"))) == "2023-10-30T14:20:00+07:00")
        #expect(ReceivedTime.iso8601(Date(timeIntervalSince1970: 1_698_650_405.5)) == "2023-10-30T14:20:05.5+07:00")
    }
}
