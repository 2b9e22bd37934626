import Foundation
import Testing
@testable import BaocaoCore

/// The common forms of dates, times and periods are read from their bytes (a submission file
/// has several a row); every text must read the same as through the general reading.
@Suite("Common forms read from bytes agree with the general reading")
struct CommonFormTests {
    static let dateTexts = [
        "2023-10-30", "2024-02-29", "2023-02-29", "2023-13-01", "2023-00-10", "2023-10-00", "0000-01-01", "9999-12-31",
        "2023-1-30", "2023/10/30", "2023-10-3a", "+023-10-30", "2023-+1-30", " 2023-10-30", "2023-10-30 ", "30/10/2023",
        "9-5-2023", "２０２３-10-30", "2023—10-30", "",
    ]
    static let timeTexts = dateTexts + [
        "2023-10-30 14:20", "2023-10-30T14:20", "2023-10-30 14:20:05", "2023-10-30T14:20:05", "2023-10-30 23:59:59",
        "2023-10-30 24:00", "2023-10-30 14:60", "2023-10-30 14:20:60", "2023-10-30 4:20", "2023-10-30  14:20",
        "2023-10-30 14:2x", "2023-10-30x14:20", "2023-10-30 14-20", "2023-10-30 14:20:5", "2023-10-30 +1:20",
        "30/10/2023 14:20", "2023-02-29 10:00", "2023-10-30 14:20 ", "2023-10-30 8:45", "2023-10-30T8:45:07",
        "2023-10-30 8:4", "2023-10-30 8:45:7", "2023-10-30 :845", "2023-10-30 8::45", "2023-10-30 123:45", "2023-10-30 9:60",
        "2023-10-30 8:45:", "2023-10-30 08:45:0x",
    ]
    static let periodTexts = [
        "2023", "2023-05", "2023-12", "2023-13", "2023-00", "0000", "2023-Q2", "2023-h1", "2023-9M", "2023-5",
        "2023/05", "+023", "2023-+5", " 2023-05", "202a", "2023-0a", "",
    ]

    @Test("Times of arrival", arguments: timeTexts)
    func receivedTimes(_ text: String) {
        #expect(ReceivedTime.parse(text) == ReceivedTime.parseAnyForm(text))
    }

    @Test("Calendar dates", arguments: dateTexts)
    func calendarDates(_ text: String) {
        #expect(CalendarDate(parsing: text) == CalendarDate(parsingAnyForm: text))
    }

    @Test("Periods", arguments: periodTexts)
    func periods(_ text: String) {
        #expect(Period(parsing: text) == Period(parsingAnyForm: text))
    }

    @Test("The common forms give the moments they name")
    func moments() throws {
        #expect(ReceivedTime.text(of: try #require(ReceivedTime.parse("2023-10-30 14:20"))) == "2023-10-30 14:20")
        #expect(ReceivedTime.parse("2023-10-30T14:20:05")?.timeIntervalSince1970 == 1_698_650_405)
        #expect(ReceivedTime.parse("2023-10-30")?.timeIntervalSince1970 == 1_698_598_800)
        #expect(ReceivedTime.parseCommonForm("2023-10-30 14:20") != nil)
        #expect(ReceivedTime.parseCommonForm("2023-10-30 8:45") == ReceivedTime.parseAnyForm("2023-10-30 08:45"))
        #expect(ReceivedTime.parseCommonForm("30/10/2023 14:20") == nil)
        #expect(Period(parsing: "2024-06")?.description == "2024-06")
        #expect(Period(parsing: "2024")?.kind == .year)
    }
}
