import Foundation

/// One occurrence of a reporting period: May 2023, the second quarter, the first six months.
///
/// Written as `2023-05` (month), `2023-Q2` (quarter), `2023-H1` (six months; `H2` the second
/// half), `2023-9M` (nine months) and `2023` (year). The calendar extent is fixed here; the data
/// cut-off window and the deadline are decided by plugins (Decree 09/2019 defaults).
public struct Period: Sendable, Hashable, Comparable, TextRepresentable {
    public let kind: PeriodKind
    // Compact: a national schedule holds millions of periods.
    private let storedYear: UInt16
    private let storedIndex: UInt8

    public var year: Int { Int(storedYear) }
    /// 1–12 for months, 1–4 for quarters, 1–2 for halves, 1 for nine months and years.
    public var index: Int { Int(storedIndex) }

    public init?(kind: PeriodKind, year: Int, index: Int = 1) {
        guard (1...9999).contains(year), (1...kind.countPerYear).contains(index) else { return nil }
        self.kind = kind
        storedYear = UInt16(year)
        storedIndex = UInt8(index)
    }

    /// Parses the written forms above.
    public init?(parsing text: String) {
        if let (year, month) = Self.digitForm(text) {
            self.init(kind: month == nil ? .year : .month, year: year, index: month ?? 1)
        } else {
            self.init(parsingAnyForm: text)
        }
    }

    /// ``init(parsing:)`` the general way, for every written form (and those of ``PeriodPhrase``).
    init?(parsingAnyForm text: String) {
        let parts = text.trimmedWhitespace.uppercased()
            .split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, first.count == 4, let year = Int(first) else {
            guard let period = PeriodPhrase.period(text) else { return nil }
            self = period
            return
        }
        if parts.count == 1 { self.init(kind: .year, year: year); return }
        guard parts.count == 2 else { return nil }
        let tail = parts[1]
        if tail == "9M" { self.init(kind: .nineMonths, year: year); return }
        if tail.hasPrefix("Q"), let i = Int(tail.dropFirst()) { self.init(kind: .quarter, year: year, index: i); return }
        if tail.hasPrefix("H"), let i = Int(tail.dropFirst()) { self.init(kind: .sixMonths, year: year, index: i); return }
        if tail.count == 2, let i = Int(tail) { self.init(kind: .month, year: year, index: i); return }
        return nil
    }

    /// Year and month of `text` when it is exactly `YYYY` or `YYYY-MM` in ASCII digits, read from
    /// its bytes: the forms nearly every submission file writes, a row at a time, read without
    /// upper-casing and splitting. Nil for any other text, which ``init(parsingAnyForm:)``
    /// reads (with the same answer for these forms).
    static func digitForm(_ text: String) -> (year: Int, month: Int?)? {
        let length = text.utf8.count
        guard length == 4 || length == 7 else { return nil }
        return text.utf8.withContiguousStorageIfAvailable { bytes -> (year: Int, month: Int?)? in
            guard let year = CalendarDate.digits(bytes, 0, 4) else { return nil }
            guard length == 7 else { return (year, nil) }
            guard bytes[4] == UInt8(ascii: "-"), let month = CalendarDate.digits(bytes, 5, 2) else { return nil }
            return (year, month)
        } ?? nil
    }

    /// The first calendar day of the period.
    public var start: CalendarDate {
        let month = switch kind {
        case .month: index
        case .quarter: (index - 1) * 3 + 1
        case .sixMonths: (index - 1) * 6 + 1
        case .nineMonths, .year: 1
        }
        return CalendarDate(year: year, month: month, day: 1)!
    }

    /// The last calendar day of the period.
    public var end: CalendarDate {
        let month = switch kind {
        case .month: index
        case .quarter: index * 3
        case .sixMonths: index * 6
        case .nineMonths: 9
        case .year: 12
        }
        return CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))!
    }

    /// Whether `date` falls inside the period's calendar extent.
    public func contains(_ date: CalendarDate) -> Bool { start <= date && date <= end }

    /// Whether `other` lies wholly inside this period: the period itself, and the shorter ones a
    /// status or an indicator of this period counts (the three months of a quarter, the quarters
    /// and months of a year), as DHIS2 aggregates a month's data into its quarter and year.
    public func covers(_ other: Period) -> Bool { start <= other.start && other.end <= end }

    /// Whether `other` shares a day with this period.
    public func overlaps(_ other: Period) -> Bool { other.start <= end && start <= other.end }

    /// Every period that this one ``covers(_:)``, itself included, shortest kind first and in
    /// calendar order within a kind: what the store is asked for.
    public var covered: [Period] {
        PeriodKind.allCases.flatMap { kind in
            (1...kind.countPerYear).compactMap { index in Period(kind: kind, year: year, index: index) }.filter(covers)
        }
    }

    public var description: String {
        switch kind {
        case .month: CalendarDate.padded(year, 4) + "-" + CalendarDate.padded(index, 2)
        case .quarter: "\(year)-Q\(index)"
        case .sixMonths: "\(year)-H\(index)"
        case .nineMonths: "\(year)-9M"
        case .year: "\(year)"
        }
    }

    public static func < (lhs: Period, rhs: Period) -> Bool {
        (lhs.end, lhs.start) < (rhs.end, rhs.start)
    }

    public static let expectedForm = "a period like 2023, 2023-H1, 2023-Q2 or 2023-05 (also 2023Q2, 2023S1, 202305, 'quý 2/2023', '6 tháng đầu năm 2023', 'tháng 5/2023')"
}

extension Period {
    /// The period as a report's title names it: "năm 2023", "6 tháng đầu năm 2023", "quý II năm
    /// 2023", "tháng 5 năm 2023", "9 tháng năm 2023".
    public var vietnameseName: String {
        switch kind {
        case .month: "tháng \(index) năm \(year)"
        case .quarter: "quý \(["I", "II", "III", "IV"][index - 1]) năm \(year)"
        case .sixMonths: index == 1 ? "6 tháng đầu năm \(year)" : "6 tháng cuối năm \(year)"
        case .nineMonths: "9 tháng năm \(year)"
        case .year: "năm \(year)"
        }
    }
}
