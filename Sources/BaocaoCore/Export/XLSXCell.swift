import Foundation

/// One cell of an ``XLSXWorksheet``: text, or a number Excel can add up, format and sort as one.
///
/// Numbers are kept as numbers (not as their text) so that a spreadsheet sums a column of
/// received reports or sorts a column of rates; dates and times are Excel's serial numbers shown
/// as `2023-11-01` and `2023-11-01 14:20`, so that they sort and filter as dates. Each cell also
/// has the text a CSV file writes for it (``csvText``), so that a command's CSV and its workbook
/// hold the same rows.
public enum XLSXCell: Sendable, Hashable {
    /// Nothing in the cell.
    case empty
    /// Text, kept as written (Vietnamese included).
    case text(String)
    /// A number, shown as it is.
    case number(Double)
    /// Yes or no, shown as TRUE or FALSE (`true`/`false` in CSV, as in JSON).
    case boolean(Bool)
    /// A share from 0 to 1, shown as a percentage (`0.688` as `68.8%`); the cell holds the share
    /// itself, the number the JSON output gives.
    case percent(Double)
    /// A day, shown as `2023-11-01`.
    case date(CalendarDate)
    /// A moment, shown in Vietnam's time as `2023-11-01 14:20`.
    case time(Date)

    /// A whole number.
    public static func integer(_ value: Int) -> XLSXCell { .number(Double(value)) }

    /// Text, or ``empty`` when there is none.
    public init(_ text: String?) { self = text.map(XLSXCell.text) ?? .empty }

    /// The cell as a CSV file writes it: the text, a number in its shortest form (`12`, `73.9`),
    /// yes or no as `true` or `false`, a date as `2023-11-01`, a moment as `2023-11-01 14:20` (Vietnam's time), a share as the
    /// number itself (`0.688`).
    public var csvText: String {
        switch self {
        case .empty: ""
        case .text(let text): text
        case .number(let value), .percent(let value): Self.numberText(value)
        case .boolean(let value): value ? "true" : "false"
        case .date(let date): date.description
        case .time(let moment): ReceivedTime.text(of: moment)
        }
    }

    /// `12` for a whole number (no `.0`), else Swift's shortest form that reads back the same
    /// (`73.9`, `1e-05`); the form of a number in a worksheet's XML and in CSV.
    static func numberText(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    /// The serial of 1970-01-01 in Excel's 1900 date system (days since 1899-12-30).
    static let serialOfEpoch = 25_569
    /// The first day Excel's serials count correctly: 1900-03-01 (Excel counts a 29 February 1900
    /// that never was); earlier days are written as text.
    static let firstSerialDay = CalendarDate(year: 1900, month: 3, day: 1)!

    /// Excel's serial number of `date`, or nil for a day before ``firstSerialDay``.
    static func serial(of date: CalendarDate) -> Double? {
        date < firstSerialDay ? nil : Double(date.dayNumber + serialOfEpoch)
    }

    /// Excel's serial number of `moment` as a time of day in Vietnam (Excel has no time zones),
    /// or nil before ``firstSerialDay``.
    static func serial(of moment: Date) -> Double? {
        let seconds = moment.timeIntervalSince1970 + Double(ReceivedTime.vietnamOffset)
        let serial = seconds / 86_400 + Double(serialOfEpoch)
        return ReceivedTime.day(of: moment) < firstSerialDay || !serial.isFinite ? nil : serial
    }
}
