/// A Swift function a plugin can call: it gets the Lua arguments and returns the results, or
/// throws ``LuaFunctionError`` with a message for the plugin author.
///
/// It never raises a Lua error itself: the C shim raises the thrown message, with the caller's
/// file and line, after the Swift function has returned.
public typealias LuaFunction = ([LuaValue]) throws(LuaFunctionError) -> [LuaValue]

/// Why a Swift function refused a call from a plugin: plain words, such as
/// "baocao.date.add_days: '2023-02-30' is not a date like 2023-05-09".
public struct LuaFunctionError: Error, Sendable, Equatable {
    public var message: String

    public init(_ message: String) { self.message = message }
}
