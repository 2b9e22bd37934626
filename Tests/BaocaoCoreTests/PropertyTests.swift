import BaocaoCore
import Foundation
import PropertyBased
import Testing

/// Properties of period arithmetic and working-day deadlines, checked on generated inputs
/// (x-sheep/swift-property-based): a failing case prints its seed, to be fixed with `.fixedSeed`.
@Suite("Properties: periods and working days")
struct PropertyTests {
    static let days = Gen.int(in: CalendarDate(year: 1990, month: 1, day: 1)!.dayNumber...CalendarDate(year: 2060, month: 12, day: 31)!.dayNumber)
    static let years = Gen.int(in: 1990...2060)
    static let kinds = Gen.int(in: 0...(PeriodKind.allCases.count - 1))

    @Test("A date survives day numbers and its own text; adding days and counting them agree")
    func dates() async {
        await propertyCheck(count: 500, input: Self.days, Gen.int(in: -800...800)) { number, offset in
            let date = CalendarDate(dayNumber: number)
            #expect(date.dayNumber == number)
            #expect(CalendarDate(parsing: date.description) == date)
            let later = date.adding(days: offset)
            #expect(date.days(until: later) == offset)
            #expect((offset > 0) == (date < later))
            #expect(later.adding(days: -offset) == date)
            #expect(date.adding(days: 7).weekday == date.weekday)
            #expect((1...7).contains(date.weekday))
        }
    }

    @Test("The periods of one kind tile their year: first on 1/1, last on 31/12, each the day after the one before")
    func periodsTileTheYear() async {
        await propertyCheck(count: 300, input: Self.years, Self.kinds) { year, kindIndex in
            let kind = PeriodKind.allCases[kindIndex]
            let periods = (1...kind.countPerYear).compactMap { Period(kind: kind, year: year, index: $0) }
            #expect(periods.count == kind.countPerYear)
            for period in periods {
                #expect(period.start <= period.end)
                #expect(period.contains(period.start) && period.contains(period.end))
                #expect(!period.contains(period.end.adding(days: 1)) && !period.contains(period.start.adding(days: -1)))
                #expect(Period(parsing: period.description) == period)
                #expect(period.start.year == year && period.end.year == year)
            }
            if kind != .nineMonths { #expect(periods.last?.end == CalendarDate(year: year, month: 12, day: 31)) }
            if kind != .sixMonths && kind != .nineMonths {
                // Months, quarters and the year cover the year without gaps or overlaps.
                #expect(periods.first?.start == CalendarDate(year: year, month: 1, day: 1))
                for (before, after) in zip(periods, periods.dropFirst()) {
                    #expect(before.end.adding(days: 1) == after.start)
                    #expect(before < after)
                }
                let covered = periods.map { $0.start.days(until: $0.end) + 1 }.reduce(0, +)
                #expect(covered == (CalendarDate.isLeapYear(year) ? 366 : 365))
            }
        }
    }

    /// A calendar with days off on some weekdays and some weekend days worked, from generated offsets.
    static func calendar(around start: CalendarDate, offs: [Int], worked: [Int]) -> WorkingCalendar {
        WorkingCalendar(days: offs.map { CalendarDay(date: start.adding(days: $0), name: "nghỉ") }
                        + worked.map { CalendarDay(date: start.adding(days: $0), name: "làm bù", isWorkingDay: true) })
    }

    @Test("n working days after a date: a working day, with exactly n working days after the date up to it")
    func workingDays() async {
        await propertyCheck(count: 400, input: Self.days, Gen.int(in: -15...15),
                            Gen.int(in: -40...40).array(of: 0...12), Gen.int(in: -40...40).array(of: 0...3)) { number, count, offs, worked in
            let date = CalendarDate(dayNumber: number)
            let calendar = Self.calendar(around: date, offs: offs, worked: worked)
            let result = calendar.adding(workingDays: count, to: date)
            if count == 0 {
                #expect(result == date)
                return
            }
            #expect(calendar.isWorkingDay(result))
            #expect((count > 0) == (date < result))
            let (low, high) = count > 0 ? (date.adding(days: 1), result) : (result, date.adding(days: -1))
            let between = (low.dayNumber...high.dayNumber).filter { calendar.isWorkingDay(CalendarDate(dayNumber: $0)) }.count
            #expect(between == abs(count))
        }
    }

    @Test("A deadline moved to a working day: on or after (before) the date, and no working day skipped")
    func workingDayDeadlines() async {
        await propertyCheck(count: 400, input: Self.days, Gen.int(in: -20...20).array(of: 0...15)) { number, offs in
            let date = CalendarDate(dayNumber: number)
            let calendar = Self.calendar(around: date, offs: offs, worked: [])
            let after = calendar.workingDay(onOrAfter: date), before = calendar.workingDay(onOrBefore: date)
            #expect(calendar.isWorkingDay(after) && calendar.isWorkingDay(before))
            #expect(before <= date && date <= after)
            #expect((after == date) == calendar.isWorkingDay(date))
            for day in date.dayNumber..<after.dayNumber { #expect(!calendar.isWorkingDay(CalendarDate(dayNumber: day))) }
            for day in (before.dayNumber + 1)...max(before.dayNumber + 1, date.dayNumber) where day <= date.dayNumber {
                #expect(!calendar.isWorkingDay(CalendarDate(dayNumber: day)))
            }
            // One working day before a deadline, then the next working day: back on the deadline's working day.
            #expect(calendar.adding(workingDays: 1, to: calendar.adding(workingDays: -1, to: after)) == after)
        }
    }
}

@Suite("Trimming")
struct TrimmingTests {
    @Test("trimmedWhitespace is trimmingCharacters(in: .whitespaces)")
    func sameAsFoundation() async {
        let pieces = ["", " ", "\t", "\u{00A0}", "\u{3000}", "a", "b c", "Tốt", "\n", "có"]
        await propertyCheck(count: 300, input: Gen.int(in: 0...(pieces.count - 1)).array(of: 0...6)) { indexes in
            let text = indexes.map { pieces[$0] }.joined()
            #expect(text.trimmedWhitespace == text.trimmingCharacters(in: .whitespaces))
        }
    }

    @Test("every Unicode space separator is trimmed, and nothing else but the tab")
    func spaceSeparators() {
        // The trimming lists category Zs instead of looking it up: this catches a list that
        // falls behind the Unicode tables the standard library has.
        var wrong: [String] = []
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            var text = "a"
            text.unicodeScalars.append(scalar)
            let isSpace = scalar.properties.generalCategory == .spaceSeparator
            if text.trimmedWhitespace != (isSpace ? "a" : text) { wrong.append("U+" + String(value, radix: 16, uppercase: true)) }
        }
        #expect(wrong.isEmpty)
    }
}
