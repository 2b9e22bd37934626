/// Finds the line and column of a field in CSV text, for diagnostics that point at the cell.
struct CSVLocator {
    let path: String
    let lines: [String]

    /// The location of field `field` (0-based) on line `line` (1-based), counting commas outside
    /// quotes.
    func location(line: Int, field: Int) -> SourceLocation {
        guard line - 1 < lines.count else { return SourceLocation(file: path, line: line, column: 1) }
        var column = 1, commas = 0, quoted = false
        for scalar in lines[line - 1].unicodeScalars {
            if commas == field { break }
            if scalar == "\"" { quoted.toggle() }
            else if scalar == ",", !quoted { commas += 1 }
            column += 1
        }
        return SourceLocation(file: path, line: line, column: column)
    }
}
