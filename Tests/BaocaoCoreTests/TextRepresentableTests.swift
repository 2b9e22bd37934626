import Foundation
import Testing
@testable import BaocaoCore

@Suite("Dates and periods in JSON")
struct TextRepresentableTests {
    struct Record: Codable, Equatable {
        var date: CalendarDate
        var period: Period
    }

    @Test("Dates and periods are written and read as their text")
    func roundTrip() throws {
        let record = Record(date: CalendarDate(year: 2023, month: 11, day: 1)!, period: Period(kind: .sixMonths, year: 2023)!)
        let json = String(decoding: try JSONEncoder().encode(record), as: UTF8.self)
        #expect(json.contains("\"2023-11-01\"") && json.contains("\"2023-H1\""))
        #expect(try JSONDecoder().decode(Record.self, from: Data(json.utf8)) == record)
    }

    @Test("A text that is not a date is refused with what was expected")
    func refusesBadText() {
        let json = #"{"date": "2023-02-30", "period": "2023"}"#
        #expect {
            try JSONDecoder().decode(Record.self, from: Data(json.utf8))
        } throws: { error in
            "\(error)".contains("is not a date like 2023-05-09")
        }
    }
}
