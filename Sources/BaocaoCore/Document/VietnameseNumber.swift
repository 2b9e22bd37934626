import Foundation

/// The project's one way of writing a number for people, as Vietnamese documents write it: a
/// decimal comma, one decimal for rates and measures ("57,7%", "83,5", "64,0%"), whole numbers
/// as they are ("270"). The report's prose and tables, its charts (DOCX, SVG, Markdown) and the
/// portal's pages all write numbers with it, so that "57,7%" never stands beside "57.7%".
public enum VietnameseNumber {
    /// "57,7": one decimal, a comma; "—" for a value that is not finite.
    public static func decimal(_ value: Double) -> String {
        guard value.isFinite else { return "—" }
        return String(format: "%.1f", value).replacingOccurrences(of: ".", with: ",")
    }

    /// "57,7%" for 0.577, a share from 0 to 1; "—" for none.
    public static func percent(_ share: Double?) -> String {
        guard let share else { return "—" }
        return decimal(share * 100) + "%"
    }

    /// A count or a measure: whole numbers as they are ("12"), others with one decimal ("12,5").
    public static func measure(_ value: Double) -> String {
        guard value.isFinite else { return "—" }
        // Int(exactly:), not Int(…): a plugin's score or indicator may be 1e308, beyond Int.
        if let whole = Int(exactly: value) { return String(whole) }
        return decimal(value)
    }
}
