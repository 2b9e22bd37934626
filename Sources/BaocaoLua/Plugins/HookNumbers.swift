/// The checks on the numbers in what hooks return, made before Swift uses them: a plugin may hand
/// back `math.huge`, `0/0`, `-1` or `2^63` anywhere, and none of them may reach an `Int(…)`, a
/// range or a count unchecked. Each check says what is wrong in words a plugin author can act on:
/// "the hook's 'achieved' is not a finite number (got inf)".
enum HookNumbers {
    /// `value` as a Double, when it is a number.
    static func number(_ value: LuaValue) -> Double? {
        switch value {
        case .integer(let number): Double(number)
        case .number(let number): number
        default: nil
        }
    }

    /// How a value shows in a message: `inf`, `nan`, `-1`, `'text'`, `a table`.
    static func shown(_ value: LuaValue) -> String {
        switch value {
        case .integer, .number: value.description
        case .string(let text): "'\(text)'"
        default: "a \(value.typeName)"
        }
    }

    /// A finite number (NaN and the infinities refused), or the problem: "`what` is not a finite
    /// number (got inf)".
    static func finite(_ value: LuaValue, _ what: String) throws(LuaFunctionError) -> Double {
        guard let number = number(value), number.isFinite else {
            throw LuaFunctionError("\(what) is not a finite number (got \(shown(value)))")
        }
        return number
    }

    /// The lower bound of a number: `max` is at least 0, a chart's `maximum` and a width above it.
    enum Bound {
        case atLeastZero, aboveZero

        var text: String { self == .atLeastZero ? "≥ 0" : "> 0" }
        func holds(_ number: Double) -> Bool { self == .atLeastZero ? number >= 0 : number > 0 }
    }

    /// A finite number within `bound` (NaN is refused first: it compares false with everything,
    /// so no bound alone keeps it out), or the problem: "`what` must be a finite number ≥ 0, got -1".
    static func finite(_ value: LuaValue, _ what: String, _ bound: Bound) throws(LuaFunctionError) -> Double {
        guard let number = number(value), number.isFinite, bound.holds(number) else {
            throw LuaFunctionError("\(what) must be a finite number \(bound.text), got \(shown(value))")
        }
        return number
    }

    /// A whole number ≥ 0 that `Int` holds, or the problem: "`what` must be a whole number ≥ 0,
    /// got -1". `2^63`, `1e308` and the infinities are not counts.
    static func count(_ value: LuaValue, _ what: String) throws(LuaFunctionError) -> Int {
        guard let count = value.intValue, count >= 0 else {
            throw LuaFunctionError("\(what) must be a whole number ≥ 0, got \(shown(value))")
        }
        return count
    }
}
