import BaocaoCore
import Foundation

/// The `baocao` Lua module every plugin gets, as the global `baocao` and as `require "baocao"`:
/// dates, periods, working days, unit look-ups, document builders and logging.
///
/// Its API level is a number. A plugin names the level it is written for in `plugin.yaml`
/// (`api: 1`); each function in `Documentation/PluginReference.md` says the level it appeared in.
/// A later level only adds.
public enum BaocaoModule {
    /// The API level this release provides.
    public static let apiLevel = 1

    /// The most working days `baocao.calendar.add_working_days` counts either way: about 40
    /// years, far beyond any deadline, and few enough that the walk and the years of working
    /// calendars it needs stay cheap.
    public static let workingDayLimit = 10_000

    /// Installs the module, `require` for the plugin's own Lua files and `print` into `lua`.
    static func install(in lua: LuaState, plugin: Plugin, earlier: [Plugin], context: PluginContext) throws(LuaError) {
        let tree = context.workspace.organisation
        func define(_ name: String, _ body: @escaping (LuaArguments) throws(LuaFunctionError) -> [LuaValue]) {
            let qualified = "baocao." + name.replacingOccurrences(of: "_", with: ".", options: [], range: name.range(of: "_"))
            lua.define(name, in: "__host") { values throws(LuaFunctionError) in try body(LuaArguments(values, qualified)) }
        }

        // Dates (API 1).
        define("date_parse") { args throws(LuaFunctionError) in
            let text = try args.string(0)
            guard let date = CalendarDate(parsing: text) else { return [.nil, .string(CalendarDate.problem(with: text))] }
            return [.string(date.description)]
        }
        define("date_make") { args throws(LuaFunctionError) in
            let (y, m, d) = (try args.year(0), try args.month(1), try args.integer(2, in: 1...31, "the day"))
            guard let date = CalendarDate(year: y, month: m, day: d) else {
                throw LuaFunctionError("bad arguments to 'baocao.date.make': \(y)-\(m)-\(d) is not a day of the calendar")
            }
            return [.string(date.description)]
        }
        define("date_parts") { args throws(LuaFunctionError) in
            let date = try args.date(0)
            return [.integer(Int64(date.year)), .integer(Int64(date.month)), .integer(Int64(date.day))]
        }
        define("date_add_days") { args throws(LuaFunctionError) in
            let date = try args.date(0)
            let days = try args.integer(1, in: date.daysAllowed, "the days to add to \(date)")
            return [.string(date.adding(days: days).description)]
        }
        define("date_days_between") { args throws(LuaFunctionError) in
            [.integer(Int64(try args.date(0).days(until: try args.date(1))))]
        }
        define("date_weekday") { args throws(LuaFunctionError) in [.integer(Int64(try args.date(0).weekday))] }
        define("date_last_of_month") { args throws(LuaFunctionError) in
            let (y, m) = (try args.year(0), try args.month(1))
            guard let date = CalendarDate(year: y, month: m, day: CalendarDate.daysIn(month: m, year: y)) else {
                throw LuaFunctionError("bad arguments to 'baocao.date.last_of_month': there is no month \(m) of \(y)")
            }
            return [.string(date.description)]
        }
        define("date_vietnamese") { args throws(LuaFunctionError) in [.string(try args.date(0).vietnameseLong)] }

        // Periods (API 1).
        define("period_parse") { args throws(LuaFunctionError) in
            let text = try args.string(0)
            guard let period = Period(parsing: text) else { return [.nil, .string("'\(text)' is not \(Period.expectedForm)")] }
            return [ModelViews.period(period)]
        }
        define("period_of_year") { args throws(LuaFunctionError) in
            let (kind, year) = (try args.periodKind(0), try args.year(1))
            let periods = (1...kind.countPerYear).compactMap { Period(kind: kind, year: year, index: $0) }
            return [.table(.list("list of periods", periods.map { ModelViews.period($0) }))]
        }
        define("period_containing") { args throws(LuaFunctionError) in
            let (kind, date) = (try args.periodKind(0), try args.date(1))
            let period = (1...kind.countPerYear).compactMap { Period(kind: kind, year: date.year, index: $0) }
                .first { $0.contains(date) }
            return [period.map { ModelViews.period($0) } ?? .nil]
        }

        // Working days (API 1).
        define("calendar_is_working_day") { args throws(LuaFunctionError) in
            let date = try args.date(0)
            return [.boolean(try context.workingCalendar(date.year).isWorkingDay(date))]
        }
        define("calendar_add_working_days") { args throws(LuaFunctionError) in
            let date = try args.date(0)
            let count = try args.integer(1, in: -workingDayLimit...workingDayLimit, "the working days to add")
            var calendar = try context.workingCalendar(date.year)
            // The calendars of the years the walk may reach (at least 200 working days a year).
            let span = count.magnitude / 200 + 1
            let years = CalendarDate.supportedYears.clamped(to: (date.year - Int(span))...(date.year + Int(span)))
            for year in years where year != date.year {
                calendar.add(try context.workingCalendar(year).days(in: year))
            }
            guard let result = calendar.checkedAdding(workingDays: count, to: date) else {
                let end = count < 0 ? "before \(CalendarDate.first)" : "after \(CalendarDate.last)"
                throw LuaFunctionError("bad argument #2 to 'baocao.calendar.add_working_days' (\(count) working days after \(date) fall \(end), where the calendar ends)")
            }
            return [.string(result.description)]
        }
        define("calendar_on_or_after") { args throws(LuaFunctionError) in
            let date = try args.date(0)
            var calendar = try context.workingCalendar(date.year)
            if date.year < CalendarDate.supportedYears.upperBound {
                calendar.add(try context.workingCalendar(date.year + 1).days(in: date.year + 1))
            }
            guard let result = calendar.checkedWorkingDay(onOrAfter: date) else {
                throw LuaFunctionError("bad argument #1 to 'baocao.calendar.on_or_after' (no working day comes on or after \(date) before the calendar ends on \(CalendarDate.last))")
            }
            return [.string(result.description)]
        }
        define("calendar_on_or_before") { args throws(LuaFunctionError) in
            let date = try args.date(0)
            var calendar = try context.workingCalendar(date.year)
            if date.year > CalendarDate.supportedYears.lowerBound {
                calendar.add(try context.workingCalendar(date.year - 1).days(in: date.year - 1))
            }
            guard let result = calendar.checkedWorkingDay(onOrBefore: date) else {
                throw LuaFunctionError("bad argument #1 to 'baocao.calendar.on_or_before' (no working day comes on or before \(date) after the calendar starts on \(CalendarDate.first))")
            }
            return [.string(result.description)]
        }
        define("calendar_days_off") { args throws(LuaFunctionError) in
            let year = try args.year(0)
            return [.table(.list("list of calendar days", try context.workingCalendar(year).days(in: year).map(ModelViews.calendarDay)))]
        }

        // Units (API 1).
        define("units_get") { args throws(LuaFunctionError) in
            [tree.unit(try args.string(0)).map { ModelViews.unit($0, tree: tree) } ?? .nil]
        }
        define("units_body") { args throws(LuaFunctionError) in
            [tree.body(try args.string(0)).map(ModelViews.body) ?? .nil]
        }
        define("units_name") { args throws(LuaFunctionError) in [.optional(tree.name(of: try args.string(0)))] }
        define("units_parent") { args throws(LuaFunctionError) in
            let (id, date) = (try args.string(0), try args.date(1))
            return [tree.parent(of: id, at: date).map { ModelViews.unit($0, tree: tree) } ?? .nil]
        }
        define("units_ancestors") { args throws(LuaFunctionError) in
            [ModelViews.units(tree.ancestors(of: try args.string(0), at: try args.date(1)), tree: tree)]
        }
        define("units_children") { args throws(LuaFunctionError) in
            [ModelViews.units(tree.children(of: try args.string(0), at: try args.date(1)), tree: tree)]
        }
        define("units_at_level") { args throws(LuaFunctionError) in
            let (level, date) = (try args.string(0), try args.date(1))
            guard tree.level(level) != nil else {
                throw LuaFunctionError("bad argument #1 to 'baocao.units.at_level' (unknown level '\(level)'; the levels are \(tree.levels.map(\.id).joined(separator: ", ")))")
            }
            return [ModelViews.units(tree.units(at: date).filter { $0.level == level }, tree: tree)]
        }
        define("units_levels") { _ throws(LuaFunctionError) in
            [.table(.list("list of levels", tree.levels.enumerated().map { index, level in
                .table(.view("level", ["id": .string(level.id), "name": .string(level.name), "rank": .integer(Int64(index + 1))]))
            }))]
        }

        // Logging and the plugin's own modules.
        define("log") { args throws(LuaFunctionError) in
            let level = PluginLogEntry.Level(rawValue: try args.string(0)) ?? .info
            context.write(PluginLogEntry(plugin: plugin.name, level: level, message: try args.string(1)))
            return []
        }
        define("read_module") { args throws(LuaFunctionError) in
            let name = try args.string(0)
            guard name.range(of: #"^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$"#, options: .regularExpression) != nil else {
                return [.nil, .string("module '\(name)' not found: module names are letters, digits, '-' and '_' separated by dots, such as 'helpers' or 'rules.deadline'")]
            }
            // "helpers" is the plugin's own helpers.lua; "national.cutoff" is cutoff.lua of the
            // plugin 'national', when that plugin comes earlier in the chain.
            var owner = plugin
            var path = name
            if let dot = name.firstIndex(of: "."), let other = earlier.first(where: { $0.name == name[..<dot] }) {
                owner = other
                path = String(name[name.index(after: dot)...])
            }
            let relative = path.replacingOccurrences(of: ".", with: "/") + ".lua"
            let source: String
            do throws(ConfinedFile.Refusal) {
                // Read from its real path, and only when that is inside the owner's folder.
                source = try owner.readOwnFile(relative)
            } catch .unreadable {
                return [.nil, .string("module '\(name)' not found: no file \(owner.displayFolder)/\(relative); a plugin can require 'baocao', its own Lua files ('helpers' for helpers.lua) and those of the plugins before it in the chain ('national.cutoff')")]
            } catch {
                return [.nil, .string("module '\(name)' cannot be read: " + owner.refusal(error, of: relative))]
            }
            // A file of another plugin resolves its own requires in that plugin's folder.
            return [.string(source), .string("@\(owner.displayFolder)/\(relative)"),
                    owner.name == plugin.name ? .nil : .string(owner.name)]
        }

        try lua.run(prelude, chunkName: "=baocao", arguments: [
            .string(plugin.name), .string(plugin.manifest.version), .integer(Int64(apiLevel)),
        ])
    }

    /// The Lua half of the module: trusted code that runs before the plugin's own.
    static let prelude = #"""
    local plugin_name, plugin_version, api_level = ...
    local host = __host
    __host = nil

    local function join(...)
      local parts = {}
      for i = 1, select("#", ...) do parts[#parts + 1] = tostring((select(i, ...))) end
      return table.concat(parts, "\t")
    end

    local baocao = {
      api_level = api_level,
      plugin = { name = plugin_name, version = plugin_version },
      date = {
        parse = host.date_parse, make = host.date_make, parts = host.date_parts,
        add_days = host.date_add_days, days_between = host.date_days_between,
        weekday = host.date_weekday, last_of_month = host.date_last_of_month,
        vietnamese = host.date_vietnamese,
      },
      period = { parse = host.period_parse, of_year = host.period_of_year, containing = host.period_containing },
      calendar = {
        is_working_day = host.calendar_is_working_day, add_working_days = host.calendar_add_working_days,
        on_or_after = host.calendar_on_or_after, on_or_before = host.calendar_on_or_before,
        days_off = host.calendar_days_off,
      },
      units = {
        get = host.units_get, body = host.units_body, name = host.units_name, parent = host.units_parent,
        ancestors = host.units_ancestors, children = host.units_children, at_level = host.units_at_level,
        levels = host.units_levels,
      },
      -- Document builders (API 1): blocks for the document hook.
      document = {
        paragraph = function(text) return { type = "paragraph", text = text } end,
        heading = function(level, text) return { type = "heading", level = level, text = text } end,
        list = function(items) return { type = "list", items = items } end,
        table = function(spec)
          return { type = "table", caption = spec.caption, columns = spec.columns, rows = spec.rows or {}, widths = spec.widths }
        end,
        chart = function(spec)
          return { type = "chart", title = spec.title, bars = spec.bars or {}, maximum = spec.maximum, unit = spec.unit }
        end,
      },
      log = {
        debug = function(...) host.log("debug", join(...)) end,
        info = function(...) host.log("info", join(...)) end,
        warn = function(...) host.log("warn", join(...)) end,
      },
    }

    function print(...) host.log("info", join(...)) end

    local loaded = { baocao = baocao }
    local read_module = host.read_module
    local function make_require(owner)
      return function(name)
        if type(name) ~= "string" then error("bad argument #1 to 'require' (expected a module name)", 2) end
        if owner and name ~= "baocao" and loaded[owner .. "." .. name] ~= nil then name = owner .. "." .. name end
        local module = loaded[name]
        if module ~= nil then return module end
        local wanted = name
        if owner and name ~= "baocao" then wanted = owner .. "." .. name end
        local source, chunkname, other = read_module(wanted)
        if not source then error(chunkname, 2) end
        local env = _G
        if other then env = setmetatable({ require = make_require(other) }, { __index = _G }) end
        local chunk, problem = load(source, chunkname, "t", env)
        if not chunk then error(problem, 2) end
        module = chunk(wanted)
        if module == nil then module = true end
        loaded[wanted] = module
        return module
      end
    end
    require = make_require(nil)

    _G.baocao = baocao
    """#
}
