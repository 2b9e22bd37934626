/// The top of an official document: the issuing body under its superior on the left, the motto on
/// the right; the number under the body; the place and date under the motto. For an official
/// letter, the summary ("V/v …") sits under the number.
public struct DocumentHeader: Sendable, Hashable {
    public var layout: DocumentLayout
    /// The body above the issuer, in capitals in the header: "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM",
    /// "ĐẢNG BỘ TỈNH BẾN TRE".
    public var superior: String?
    /// The issuing body: "LIÊN ĐOÀN LAO ĐỘNG TỈNH TÂY NINH".
    public var issuer: String
    /// The number without "Số": "439/KH-LĐLĐ", or "      /BC-LĐLĐ" with the serial left blank for
    /// the clerk who registers the document.
    public var number: String?
    /// The place of the date line: "Tây Ninh".
    public var place: String
    /// Nil leaves the date blank ("ngày … tháng … năm …") for the day it is signed.
    public var date: CalendarDate?
    /// "V/v …" under the number, for official letters.
    public var summary: String?

    public init(layout: DocumentLayout, superior: String? = nil, issuer: String, number: String? = nil,
                place: String, date: CalendarDate? = nil, summary: String? = nil) {
        self.layout = layout
        self.superior = superior
        self.issuer = issuer
        self.number = number
        self.place = place
        self.date = date
        self.summary = summary
    }

    /// "Tây Ninh, ngày 09 tháng 5 năm 2023", italic in every layout.
    public var dateLine: String {
        "\(place), " + (date?.vietnameseLong ?? "ngày      tháng      năm")
    }

    /// "Số: 439/KH-LĐLĐ" or "Số 558-CV/ĐUK", as the layout writes it.
    public var numberLine: String? {
        number.map(layout.numberLine)
    }

    /// `name` with its last two words bound by a no-break space, so that a line of the header
    /// never ends before the last word of a place ("TỈNH BẾN" / "TRE", "LAO ĐỘNG VIỆT" / "NAM").
    public static func keepingLastWordsTogether(_ name: String) -> String {
        guard let last = name.lastIndex(of: " ") else { return name }
        var bound = name
        bound.replaceSubrange(last...last, with: "\u{00A0}")
        return bound
    }
}
