/// The hooks a plugin can provide, named after what they shape (like pandoc's Lua filters).
///
/// Each hook receives a read-only view of the thing being decided, with the decision made so far
/// by the core and the plugins before it, and returns a new decision or nil to keep it. The chain
/// runs national → province (→ district); the last plugin to return a value decides.
public enum HookName: String, Sendable, Hashable, CaseIterable, Codable {
    /// `calendar(cal)`: the days off and weekend days worked of `cal.year`; returns a list of
    /// `{date =, name =, working =}`.
    case calendar
    /// `periods(req)`: which periods `req.obligation` has in `req.year`, and their data cut-offs.
    case periods
    /// `route(due)`: where a report goes and through whom.
    case route
    /// `deadline(due)`: when a report is due.
    case deadline
    /// `indicator(request)`: computes a province's own indicator (`measure: plugin`), or changes
    /// how a directive's target is counted; returns `{achieved =, population =, meeting =,
    /// failing =}` or nil.
    case indicator
    /// `validate(submission)`: what is wrong with a submission before it is stored; returns nil,
    /// or a list of `{message =, field =, level = "error"|"warning"}` (a text is an error).
    case validate
    /// `score(request)`: fills in a unit's self-assessment scoring sheet; returns
    /// `{criteria = {{id =, title =, max =, points =, evidence =}}, rating =}` or nil.
    case score
    /// `document(block, doc)`: shapes a rendered document, block by block, like a pandoc filter;
    /// returns nil to keep the block, a block to replace it, or a list of blocks to splice in its
    /// place (`{}` removes it).
    case document
    /// `import(request)`: adds a province's patterns to `baocao import`, after the built-in rules;
    /// gets `request.lines` (the text, read-only) and `request.draft` (what was found so far) and
    /// returns nil or a list of `{field =, value =, line =, …}` additions and overrides.
    case `import`

    /// The hooks the host calls in this release; the others are reserved names.
    public static let wired: Set<HookName> = [.calendar, .periods, .route, .deadline, .validate, .indicator, .score, .document, .import]
}
