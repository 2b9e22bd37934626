import Testing
@testable import BaocaoCore

@Suite("Calendar dates")
struct CalendarDateTests {
    @Test("ISO and Vietnamese day-first forms read as the same day")
    func parsesWrittenForms() {
        let expected = CalendarDate(year: 2023, month: 5, day: 9)
        #expect(CalendarDate(parsing: "2023-05-09") == expected)
        #expect(CalendarDate(parsing: "09/5/2023") == expected)
        #expect(CalendarDate(parsing: "9-5-2023") == expected)
        #expect(CalendarDate(parsing: "09/05/2023") == expected)
    }

    @Test("Days that do not exist are refused", arguments: ["2023-02-29", "2023-13-01", "31/4/2023", "2023-5-9", "hôm qua"])
    func refusesImpossibleDays(_ text: String) {
        #expect(CalendarDate(parsing: text) == nil)
    }

    @Test("Leap days exist in leap years only")
    func leapDays() {
        #expect(CalendarDate(parsing: "2024-02-29") != nil)
        #expect(CalendarDate(parsing: "2100-02-29") == nil)
    }

    @Test("Day arithmetic and weekdays")
    func arithmetic() throws {
        let date = try #require(CalendarDate(parsing: "2023-11-01"))
        #expect(date.weekday == 3) // a Wednesday
        #expect(date.adding(days: 61).description == "2024-01-01")
        #expect(CalendarDate(parsing: "2023-05-09")!.days(until: date) == 176)
        #expect(CalendarDate(dayNumber: date.dayNumber) == date)
    }

    @Test("The formal date line takes leading zeros as NĐ 30 asks")
    func vietnameseForms() {
        #expect(CalendarDate(year: 2023, month: 5, day: 9)!.vietnameseLong == "ngày 09 tháng 5 năm 2023")
        #expect(CalendarDate(year: 2023, month: 1, day: 3)!.vietnameseLong == "ngày 03 tháng 01 năm 2023")
        #expect(CalendarDate(year: 2023, month: 11, day: 1)!.vietnameseShort == "01/11/2023")
    }
}
