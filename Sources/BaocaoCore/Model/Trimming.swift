extension StringProtocol {
    /// The text without leading and trailing whitespace — the same as
    /// `trimmingCharacters(in: .whitespaces)` (spaces of Unicode category Zs and tabs), without
    /// going through NSString: the readers call it for every cell of every row, and a national
    /// year has over a million rows.
    public var trimmedWhitespace: String {
        let scalars = unicodeScalars
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == " " || scalar == "\t" || (scalar.value >= 0x80 && scalar.properties.generalCategory == .spaceSeparator)
        }
        guard let first = scalars.first, let last = scalars.last else { return "" }
        if !isSpace(first) && !isSpace(last) { return String(self) }
        guard let start = scalars.firstIndex(where: { !isSpace($0) }),
              let end = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[start...end])
        return String(result)
    }
}
