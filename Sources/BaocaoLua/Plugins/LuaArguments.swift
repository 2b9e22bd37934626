import BaocaoCore

/// Reads the arguments of a call from Lua into Swift values, with the messages plugin authors
/// see when an argument is wrong: "bad argument #1 to 'baocao.date.add_days' (expected a date
/// like '2023-05-09', got number)".
struct LuaArguments {
    let values: [LuaValue]
    let function: String

    init(_ values: [LuaValue], _ function: String) {
        self.values = values
        self.function = function
    }

    subscript(_ index: Int) -> LuaValue { index < values.count ? values[index] : .nil }

    func fail(_ index: Int, _ expected: String) -> LuaFunctionError {
        let value = self[index]
        let got = value == .nil ? "no value" : "\(value.typeName) \(value.stringValue.map { "'\($0)'" } ?? value.description)"
        return LuaFunctionError("bad argument #\(index + 1) to '\(function)' (expected \(expected), got \(got))")
    }

    func date(_ index: Int) throws(LuaFunctionError) -> CalendarDate {
        guard let text = self[index].stringValue, let date = CalendarDate(parsing: text) else {
            throw fail(index, "a date like '2023-05-09'")
        }
        return date
    }

    func optionalDate(_ index: Int) throws(LuaFunctionError) -> CalendarDate? {
        self[index] == .nil ? nil : try date(index)
    }

    func integer(_ index: Int) throws(LuaFunctionError) -> Int {
        guard let number = self[index].intValue else { throw fail(index, "a whole number") }
        return number
    }

    /// A whole number in `range`, else "bad argument #2 to 'baocao.date.add_days' (the days to
    /// add must be between -10 and 10, got 99)"; `what` names the argument ("the days to add").
    func integer(_ index: Int, in range: ClosedRange<Int>, _ what: String) throws(LuaFunctionError) -> Int {
        let number = try integer(index)
        guard range.contains(number) else {
            throw LuaFunctionError("bad argument #\(index + 1) to '\(function)' (\(what) must be between \(range.lowerBound) and \(range.upperBound), got \(number))")
        }
        return number
    }

    /// A year a date can fall in (``CalendarDate/supportedYears``).
    func year(_ index: Int) throws(LuaFunctionError) -> Int {
        try integer(index, in: CalendarDate.supportedYears, "the year")
    }

    /// A month, 1 to 12.
    func month(_ index: Int) throws(LuaFunctionError) -> Int {
        try integer(index, in: 1...12, "the month")
    }

    func string(_ index: Int) throws(LuaFunctionError) -> String {
        guard let text = self[index].stringValue else { throw fail(index, "a text") }
        return text
    }

    func periodKind(_ index: Int) throws(LuaFunctionError) -> PeriodKind {
        guard let text = self[index].stringValue, let kind = PeriodKind(name: text) else {
            throw fail(index, "a period kind: \(PeriodKind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", "))")
        }
        return kind
    }
}
