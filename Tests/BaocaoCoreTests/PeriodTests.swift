import Testing
@testable import BaocaoCore

@Suite("Reporting periods")
struct PeriodTests {
    @Test("Written forms read back to the same text", arguments: ["2023", "2023-H1", "2023-H2", "2023-Q3", "2023-05", "2023-9M"])
    func roundTrip(_ text: String) throws {
        let period = try #require(Period(parsing: text))
        #expect(period.description == text)
    }

    @Test("Calendar extents")
    func extents() throws {
        let half = try #require(Period(parsing: "2023-H1"))
        #expect(half.start.description == "2023-01-01")
        #expect(half.end.description == "2023-06-30")
        let february = try #require(Period(parsing: "2024-02"))
        #expect(february.end.description == "2024-02-29")
        let nine = try #require(Period(parsing: "2023-9M"))
        #expect(nine.end.description == "2023-09-30")
        #expect(half.contains(CalendarDate(year: 2023, month: 6, day: 30)!))
        #expect(!half.contains(CalendarDate(year: 2023, month: 7, day: 1)!))
    }

    @Test("Impossible periods are refused", arguments: ["2023-Q5", "2023-13", "2023-H3", "23-Q1", "2023-X"])
    func refusesImpossible(_ text: String) {
        #expect(Period(parsing: text) == nil)
    }

    @Test("Vietnamese period names are understood")
    func vietnameseNames() {
        #expect(PeriodKind(name: "6 tháng") == .sixMonths)
        #expect(PeriodKind(name: "cuối năm") == .year)
        #expect(PeriodKind(name: "hằng tháng") == .month)
        #expect(PeriodKind(name: "quý") == .quarter)
        #expect(PeriodKind(name: "nine-months") == .nineMonths)
    }
}
