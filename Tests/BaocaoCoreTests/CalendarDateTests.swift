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

    @Test("Day arithmetic at the ends of the calendar and with extreme counts: checked, never trapped",
          arguments: [Int.min, Int.min + 1, -3_652_060, -1, 1, 3_652_060, Int.max - 1, Int.max])
    func arithmeticAtTheEdges(_ days: Int) throws {
        #expect(CalendarDate.supportedDayNumbers == CalendarDate.first.dayNumber...CalendarDate.last.dayNumber)
        for date in [CalendarDate.first, CalendarDate(year: 2023, month: 11, day: 1)!, CalendarDate.last] {
            let checked = date.checkedAdding(days: days)
            #expect((checked != nil) == date.daysAllowed.contains(days))
            let clamped = date.adding(days: days)
            #expect(clamped == checked ?? (days < 0 ? CalendarDate.first : CalendarDate.last))
            #expect(CalendarDate.supportedYears.contains(clamped.year))
            #expect((CalendarDate(validDayNumber: days) != nil) == CalendarDate.supportedDayNumbers.contains(days))
            #expect(CalendarDate(dayNumber: days) == CalendarDate(validDayNumber: days) ?? (days < 0 ? .first : .last))
            let calendar = WorkingCalendar()
            let working = calendar.checkedAdding(workingDays: days, to: date)
            if let working { #expect(calendar.isWorkingDay(working)) }
            #expect(calendar.adding(workingDays: days, to: date) == working ?? (days < 0 ? .first : .last))
        }
        #expect(CalendarDate.last.checkedAdding(days: 1) == nil && CalendarDate.first.checkedAdding(days: -1) == nil)
        #expect(CalendarDate.first.checkedAdding(days: 3_652_058) == CalendarDate.last)
        // Every day off to the end: no working day is left, and the walk says so.
        let last = CalendarDate.last
        let closed = WorkingCalendar(days: (0..<3).map { CalendarDay(date: last.adding(days: -$0), name: "nghỉ") })
        #expect(closed.checkedWorkingDay(onOrAfter: last.adding(days: -2)) == nil)
        #expect(closed.workingDay(onOrAfter: last.adding(days: -2)) == last)
        #expect(closed.checkedAdding(workingDays: 1, to: last.adding(days: -3)) == nil)
    }

    @Test("The formal date line takes leading zeros as NĐ 30 asks")
    func vietnameseForms() {
        #expect(CalendarDate(year: 2023, month: 5, day: 9)!.vietnameseLong == "ngày 09 tháng 5 năm 2023")
        #expect(CalendarDate(year: 2023, month: 1, day: 3)!.vietnameseLong == "ngày 03 tháng 01 năm 2023")
        #expect(CalendarDate(year: 2023, month: 11, day: 1)!.vietnameseShort == "01/11/2023")
    }
}
