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

    @Test("DHIS2's forms and officials' phrasings name the same periods", arguments: [
        ("2023Q1", "2023-Q1"), ("2023S1", "2023-H1"), ("2023S2", "2023-H2"), ("202305", "2023-05"),
        ("quý 1/2023", "2023-Q1"), ("Quý II năm 2023", "2023-Q2"), ("quý IV/2023", "2023-Q4"), ("Báo cáo quý 3/2023", "2023-Q3"),
        ("6 tháng đầu năm 2023", "2023-H1"), ("6 tháng cuối năm 2023", "2023-H2"), ("9 tháng năm 2023", "2023-9M"),
        ("9 tháng đầu năm 2023", "2023-9M"), ("tháng 5/2023", "2023-05"), ("Tháng 05 năm 2023", "2023-05"), ("05/2023", "2023-05"),
        ("năm 2023", "2023"), ("  tháng   12/2024 ", "2024-12"),
    ])
    func otherForms(_ example: (String, String)) throws {
        #expect(Period(parsing: example.0)?.description == example.1, "\(example.0)")
    }

    @Test("Phrases of impossible periods are refused", arguments: ["2023Q5", "2023S3", "202313", "quý V/2023", "tháng 13/2023", "6 tháng giữa năm 2023", "quý 1 2023"])
    func refusesImpossiblePhrases(_ text: String) {
        #expect(Period(parsing: text) == nil, "\(text)")
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
