import Foundation

/// Writes due reports as an iCalendar file (RFC 5545) that calendar and office software open:
/// one all-day event per report on its deadline, named in Vietnamese, with the receiver, the
/// channel and the data cut-off in the description.
///
/// Lines end with CRLF and are folded at 75 octets without splitting a UTF-8 character; text is
/// escaped as section 3.3.11 requires. Reports without a deadline have no day to be shown on and
/// are left out.
///
/// Each event has an alarm ``alarmDays`` before the deadline (VALARM: the calendar app reminds
/// the official), and a SEQUENCE and LAST-MODIFIED taken from ``revision``, when the rules that
/// decide the deadlines last changed (the workspace's and its plugins' files): an export of
/// unchanged rules gives every event the same number as the last one, and a changed deadline —
/// which takes a changed file — a greater one, so that a calendar which imported an earlier
/// export takes the new deadline instead of keeping the old one. The calendar always holds Vietnam's time zone (VTIMEZONE), so that it is a valid
/// calendar even with no report in its window (RFC 5545 asks for at least one component).
public struct ICalendarWriter: Sendable {
    /// Names the calendar: "Lịch báo cáo — Liên đoàn Lao động tỉnh Tây Ninh".
    public var calendarName: String
    /// The time stamp events carry (DTSTAMP); fixed in tests for a stable output.
    public var stamp: Date
    /// How many days before the deadline the calendar reminds; nil for no alarm.
    public var alarmDays: Int?

    /// When the rules that decide the deadlines last changed; nil when unknown (SEQUENCE 0, no
    /// LAST-MODIFIED).
    public var revision: Date?

    public init(calendarName: String, stamp: Date = Date(), alarmDays: Int? = 3, revision: Date? = nil) {
        self.calendarName = calendarName
        self.stamp = stamp
        self.alarmDays = alarmDays
        self.revision = revision
    }

    /// The revision every event carries: minutes from 2020-01-01 to ``revision``.
    var sequence: Int { revision.map { max(0, Int(($0.timeIntervalSince1970 - 1_577_836_800) / 60)) } ?? 0 }

    public func write(_ entries: [ScheduleEntry]) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Baocao//baocao schedule//VI", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:" + Self.escape(calendarName), "X-WR-TIMEZONE:Asia/Ho_Chi_Minh",
            "BEGIN:VTIMEZONE", "TZID:Asia/Ho_Chi_Minh", "BEGIN:STANDARD", "DTSTART:19750613T000000",
            "TZOFFSETFROM:+0700", "TZOFFSETTO:+0700", "TZNAME:ICT", "END:STANDARD", "END:VTIMEZONE",
        ]
        let stampText = Self.timestamp(stamp)
        for entry in entries {
            guard let deadline = entry.report.deadline else { continue }
            let report = entry.report
            let period = report.period
            let description = [
                "Đơn vị: \(entry.unitName)",
                "Văn bản: \(entry.directiveNumber)",
                "Báo cáo: \(entry.title)",
                "Kỳ báo cáo: \(period.period)",
                "Chốt số liệu: \(period.cutoffFrom.vietnameseShort) – \(period.cutoffTo.vietnameseShort)",
                "Gửi: \(entry.routeText)",
                "Hạn: \(deadline.vietnameseShort)",
            ].joined(separator: "\n")
            lines += [
                "BEGIN:VEVENT",
                "UID:" + Self.escape("\(report.directive).\(report.obligation).\(report.unit).\(period.period)@baocao"),
                "DTSTAMP:" + stampText,
                "SEQUENCE:\(sequence)",
            ]
            if let revision { lines.append("LAST-MODIFIED:" + Self.timestamp(revision)) }
            lines += [
                "DTSTART;VALUE=DATE:" + Self.basic(deadline),
                "DTEND;VALUE=DATE:" + Self.basic(deadline.adding(days: 1)),
                "SUMMARY:" + Self.escape("Hạn báo cáo \(period.period): \(entry.title) — \(entry.unitName)"),
                "DESCRIPTION:" + Self.escape(description),
                "CATEGORIES:" + Self.escape(entry.directiveNumber),
                "TRANSP:TRANSPARENT",
            ]
            if let alarmDays {
                lines += [
                    "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-P\(alarmDays)D",
                    "DESCRIPTION:" + Self.escape("Còn \(alarmDays) ngày đến hạn báo cáo: \(entry.title) — \(entry.unitName)"),
                    "END:VALARM",
                ]
            }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    /// `20231101`.
    static func basic(_ date: CalendarDate) -> String { String(format: "%04d%02d%02d", date.year, date.month, date.day) }

    /// `20231123T164900Z`.
    static func timestamp(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let day = CalendarDate(dayNumber: Int((Double(seconds) / 86_400).rounded(.down)))
        let rest = seconds - day.dayNumber * 86_400
        return basic(day) + String(format: "T%02d%02d%02dZ", rest / 3600, rest % 3600 / 60, rest % 60)
    }

    /// Escapes backslash, semicolon, comma and newlines (RFC 5545, 3.3.11).
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n", "\r\n": result += "\\n"
            default: result.append(character)
            }
        }
        return result
    }

    /// Folds a content line into lines of at most 75 octets, continuing with one space, never
    /// inside a UTF-8 sequence (RFC 5545, 3.1).
    static func fold(_ line: String) -> String {
        var pieces: [String] = []
        var current = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            let limit = pieces.isEmpty ? 75 : 74
            if octets + size > limit {
                pieces.append(current)
                current = ""
                octets = 0
            }
            current.unicodeScalars.append(scalar)
            octets += size
        }
        pieces.append(current)
        return pieces.joined(separator: "\r\n ")
    }
}
