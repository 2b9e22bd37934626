/// The outcome of one test of a plugin's own test files.
public struct PluginTestResult: Sendable, Hashable, Codable {
    /// The test file as messages show it: "plugins/tay-ninh/tests/route_test.lua".
    public var file: String
    /// The name given to `test("…", function() … end)`, or "(loading the file)".
    public var name: String
    public var passed: Bool
    /// Why it failed, starting with file and line: "plugins/x/tests/a.lua:12: expected …".
    public var message: String?

    public init(file: String, name: String, passed: Bool, message: String? = nil) {
        self.file = file
        self.name = name
        self.passed = passed
        self.message = message
    }
}
