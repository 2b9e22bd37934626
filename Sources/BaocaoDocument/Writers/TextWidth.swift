import Foundation

/// How wide a line of Times New Roman is, from the font's advance widths (Adobe's Times metrics,
/// which Times New Roman and Liberation Serif share): what the header's and the title's rules are
/// measured against, since Decree 30 sets them by the line above them — the motto's rule as long
/// as the motto, the issuer's and the subject's a third to a half of their line.
///
/// A Vietnamese letter is as wide as its base letter (the marks sit above or below it); ư and ơ,
/// whose horn sticks out, a little wider.
enum TextWidth {
    /// Advance widths in thousandths of an em, regular and bold, for the ASCII printable range.
    private static let regular: [Character: Int] = widths("""
        !333 "408 #500 $500 %833 &778 '180 (333 )333 *500 +564 ,250 -333 .250 /278 0500 1500 2500 3500 4500 5500 6500 7500 8500 9500 :278 ;278 <564 =564 >564 ?444 @921 A722 B667 C667 D722 E611 F556 G722 H722 I333 J389 K722 L611 M889 N722 O722 P556 Q722 R667 S556 T611 U722 V722 W944 X722 Y722 Z611 [333 \\278 ]333 ^469 _500 `333 a444 b500 c444 d500 e444 f333 g500 h500 i278 j278 k500 l278 m778 n500 o500 p500 q500 r333 s389 t278 u500 v500 w722 x500 y500 z444 {480 |200 }480 ~541
        """)
    private static let bold: [Character: Int] = widths("""
        !333 "555 #500 $500 %1000 &833 '278 (333 )333 *500 +570 ,250 -333 .250 /278 0500 1500 2500 3500 4500 5500 6500 7500 8500 9500 :333 ;333 <570 =570 >570 ?500 @930 A722 B667 C722 D722 E667 F611 G778 H778 I389 J500 K778 L667 M944 N722 O778 P611 Q778 R722 S556 T667 U722 V722 W1000 X722 Y722 Z667 [333 \\278 ]333 ^581 _500 `333 a500 b556 c444 d556 e444 f333 g500 h556 i278 j333 k556 l278 m833 n556 o500 p556 q556 r444 s389 t333 u556 v500 w722 x500 y500 z444 {394 |220 }394 ~520
        """)

    /// Reads "A722 B667 …": a character, then its width (the space, 250, is known).
    private static func widths(_ table: String) -> [Character: Int] {
        var result: [Character: Int] = [" ": 250]
        for entry in table.split(separator: " ", omittingEmptySubsequences: true) {
            guard let character = entry.first, let width = Int(entry.dropFirst()) else { continue }
            result[character] = width
        }
        return result
    }

    /// The width of `text` in millimetres at `points`, bold or not.
    static func millimetres(_ text: String, points: Double, bold isBold: Bool) -> Double {
        let table = isBold ? bold : regular
        var thousandths = 0.0
        for character in text {
            thousandths += Double(width(of: character, in: table))
        }
        return thousandths / 1000 * points * 25.4 / 72
    }

    private static func width(of character: Character, in table: [Character: Int]) -> Int {
        if let known = table[character] { return known }
        switch character {
        case "đ": return table["d"]!
        case "Đ": return table["D"]!
        case "\u{00A0}": return table[" "]!
        default: break
        }
        // The base letter of a letter with marks: "ộ" → "o", "Ự" → "U"; the horn adds a tenth.
        let base = String(character).decomposedStringWithCanonicalMapping.unicodeScalars.first.map(Character.init) ?? character
        let horned = String(character).decomposedStringWithCanonicalMapping.unicodeScalars.contains("\u{031B}")
        let width = table[base] ?? table["n"]!
        return horned ? width + width / 10 : width
    }
}
