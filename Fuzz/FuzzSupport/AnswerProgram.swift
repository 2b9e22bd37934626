/// Lua source that builds an answer from fuzz bytes: tables in slots that refer to each other
/// (cycles, sharing), numbers at the edges, long strings, deep and wide nesting, functions and
/// booleans, under the field names hooks read ("to", "date", "achieved", "criteria"…). Each byte
/// pair is one step; whatever the bytes, the source parses.
public enum AnswerProgram {
    static let numbers = ["0", "-1", "1", "2^53", "2^63", "-2^63", "math.maxinteger", "math.mininteger", "math.huge",
                          "-math.huge", "0/0", "1e308", "-1e308", "1e-320", "0.5", "20", "100", "2023", "12"]
    static let keys = ["to", "through", "date", "name", "working", "id", "cutoff_from", "cutoff_to", "achieved",
                       "population", "meeting", "failing", "unit", "reason", "criteria", "max", "points", "rating",
                       "evidence", "message", "level", "field", "type", "text", "items", "rows", "columns", "widths",
                       "bars", "value", "maximum", "title", "caption", "label"]
    static let strings = ["'2023'", "'2023-11-01'", "'2023-H1'", "'ldld-tinh'", "'direct-superior'", "'Tốt'", "'x'",
                          "'paragraph'", "'heading'", "'table'", "'chart'", "'list'", "'error'", "'2023-02-30'", "''",
                          "'ubnd-tinh'", "'so-noi-vu'", "'\\0'", "'2023-Q5'", "'99999-01-01'"]

    /// The source of `function answer() … end`, read from `bytes`.
    public static func source(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let slots = 8
        var lines = ["function answer()", "  local s = {}", "  for i = 1, \(slots) do s[i] = {} end"]
        var index = 0
        func next() -> Int {
            defer { index += 1 }
            return index < bytes.count ? Int(bytes[index]) : 0
        }
        var steps = 0
        while index < bytes.count && steps < 256 {
            steps += 1
            let op = next() % 12, argument = next()
            let a = argument % slots + 1, b = (argument / slots) % slots + 1
            let key = argument % 3 == 0 ? "\(argument % 5 + 1)" : "'\(keys[argument % keys.count])'"
            switch op {
            case 0: lines.append("  s[\(a)][\(key)] = s[\(b)]")
            case 1: lines.append("  s[\(a)][\(key)] = \(numbers[argument % numbers.count])")
            case 2: lines.append("  s[\(a)][\(key)] = \(strings[argument % strings.count])")
            case 3: lines.append("  s[\(a)][\(key)] = string.rep('é', \(argument * argument * 16))")
            case 4: lines.append("  s[\(a)][\(key)] = \(argument % 2 == 0 ? "true" : "false")")
            case 5: lines.append("  s[\(a)][\(key)] = function() return 1 end")
            case 6: lines.append("  do local t = s[\(a)] for i = 1, \(argument * 40) do t[1] = {} t = t[1] end end")
            case 7: lines.append("  for i = 1, \(argument * argument * 4) do s[\(a)][i] = s[\(b)] end")
            case 8: lines.append("  s[\(a)] = \(numbers[argument % numbers.count])")
            case 9: lines.append("  s[\(a)] = \(strings[argument % strings.count])")
            case 10: lines.append("  s[\(a)] = {s[\(b)], s[\(b)]}")
            default: lines.append("  s[\(a)] = setmetatable({}, {__index = function() return s[\(b)] end})")
            }
        }
        lines.append("  return s[\(bytes.isEmpty ? 1 : Int(bytes[0]) % slots + 1)]")
        lines.append("end")
        return lines.joined(separator: "\n")
    }
}
