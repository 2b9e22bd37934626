/// Ids made from Vietnamese names, the way workspaces write them: "439/KH-LĐLĐ" is `439-kh-ldld`,
/// "UBND tỉnh" is `ubnd-tinh`.
enum IdentifierText {
    static func slug(_ text: String) -> String {
        let folded = VietnameseText.fold(text).replacingOccurrences(of: "&", with: "-").replacingOccurrences(of: "/", with: "-")
        let pieces = folded.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) })
        return pieces.joined(separator: "-")
    }
}
