/// A rule that failed while the schedule was computed: a plugin hook that raised an error, was
/// stopped by its limits or returned something unusable. The schedule keeps the decision made
/// before it and goes on.
public struct RuleProblem: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The plugin's name; `directive` for a route or deadline of the directive's own that the
    /// core could not use (a `through` department missing under one receiver), `core` for one of
    /// the core's defaults.
    public var plugin: String
    /// The hook: `route`, `deadline`, …
    public var hook: String
    /// Plain words, starting with the file and line: "plugins/x/plugin.lua:12: attempt to …".
    public var message: String
    /// Lua's traceback, when there is one.
    public var traceback: String?
    /// What the hook was working on: "unit ldld-go-dau, 2023-H1".
    public var subject: String?

    public init(plugin: String, hook: String, message: String, traceback: String? = nil, subject: String? = nil) {
        self.plugin = plugin
        self.hook = hook
        self.message = message
        self.traceback = traceback
        self.subject = subject
    }

    public var description: String {
        let on = subject.map { " (\($0))" } ?? ""
        // The core's own problems name what they are about: "directive route (…)".
        let who = plugin == "directive" || plugin == "core" ? "\(plugin) \(hook)" : "plugin '\(plugin)', hook '\(hook)'"
        return "\(who)\(on): \(message)"
    }
}
