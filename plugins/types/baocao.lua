---@meta baocao

-- Type annotations for the `baocao` module of Baocao's Lua plugins (API level 1), for the Lua
-- language server (LuaLS). This file is read by your editor only; the host never runs it.
-- `plugins/.luarc.json` points the language server here. The reference manual is
-- Documentation/PluginReference.md.
--
-- Conventions of the API:
-- * Dates are text in ISO form, "2023-05-09". ISO dates compare correctly with `<` and `==`.
--   Functions that take a date also accept the day-first forms "09/5/2023" and "9-5-2023"; they
--   always return ISO dates.
-- * Everything the host hands to a plugin (units, periods, the due report, lists of them) is a
--   read-only view: read its fields, use `#`, `ipairs` and `pairs`; assigning to it raises an error.
--   A view is a userdata, not a table: `next`, `rawget` and `table.insert` do not work on it.
-- * Optional fields (marked `?`) are nil when the model has no value.

---------------------------------------------------------------------------------------------------
-- Simple types
---------------------------------------------------------------------------------------------------

---An ISO date such as "2023-05-09" (functions also accept "09/5/2023" as an argument).
---@alias baocao.Date string

---A period as written: "2023-05" (month), "2023-Q2" (quarter), "2023-H1" (six months),
---"2023-9M" (nine months), "2023" (year).
---@alias baocao.PeriodId string

---The kinds of periods.
---@alias baocao.PeriodKind
---| "month"       # hằng tháng
---| "quarter"     # quý
---| "six-months"  # 6 tháng: H1 is January–June, H2 July–December
---| "nine-months" # 9 tháng: January–September
---| "year"        # năm, cuối năm

---Arguments naming a period kind also accept the Vietnamese names: "tháng", "hằng tháng", "quý",
---"6 tháng", "sáu tháng", "9 tháng", "năm", "cuối năm", ….
---@alias baocao.PeriodKindName baocao.PeriodKind|string

---The hooks the host knows; all are called in API level 1.
---@alias baocao.HookName
---| "calendar"
---| "periods"
---| "route"
---| "deadline"
---| "indicator"
---| "validate"
---| "score"
---| "document"
---| "import"

---------------------------------------------------------------------------------------------------
-- Views: what the host hands to plugins (read-only)
---------------------------------------------------------------------------------------------------

---A level of the organisation (`baocao.units.levels()`), from the top down. Read-only view.
---@class baocao.Level
---@field id string The level's id in the workspace: "province", "district", "grassroots".
---@field name string The level's Vietnamese name.
---@field rank integer 1 for the top level, 2 for the one below it, and so on.

---A department of a unit or body: "Ban Chính sách Pháp luật và Quan hệ Lao động". Read-only view.
---@class baocao.Department
---@field id string "ban-cspl-qhld".
---@field name string "Ban Chính sách Pháp luật và Quan hệ Lao động".
---@field short_name? string "CSPL&QHLĐ".

---A unit of the organisation hierarchy: a federation, a district federation, a sector union, a
---grassroots union. Read-only view.
---@class baocao.Unit
---@field id string "ldld-tinh".
---@field name string "Liên đoàn Lao động tỉnh Tây Ninh".
---@field short_name? string "LĐLĐ tỉnh".
---@field level string The id of its level: "province".
---@field level_rank integer The rank of its level: 1 for the top level.
---@field kind? string The id of its kind: "provincial-federation", "public-agency".
---@field parent? string The id of its declared parent. Use `baocao.units.parent(id, date)` for the parent on a date (it follows merges).
---@field departments baocao.Department[] Its departments (a read-only list; empty when it has none).
---@field valid_from? baocao.Date The first day it exists, when it did not always exist.
---@field valid_until? baocao.Date The first day it no longer exists, when it has ended.
---@field merged_into? string The unit that took it over when it ended.
---@field sample boolean True for invented sample data (the example workspaces' grassroots unions).

---An external body reports go to: "UBND tỉnh", "Sở Nội vụ", "Tổng Liên đoàn". Read-only view.
---@class baocao.Body
---@field id string "ubnd-tinh".
---@field name string "Ủy ban nhân dân tỉnh Tây Ninh".
---@field short_name? string "UBND tỉnh".
---@field departments baocao.Department[] Its departments (a read-only list; empty when it has none).

---One period. Made by `baocao.period.*` it has no cut-off fields; the periods handed to hooks
---(`request.periods`, `due.period`) have them. Read-only view.
---@class baocao.Period
---@field id baocao.PeriodId "2023-H1".
---@field kind baocao.PeriodKind "six-months".
---@field year integer 2023.
---@field index integer 1–12 for months, 1–4 for quarters, 1–2 for halves, 1 for nine months and years.
---@field first_day baocao.Date "2023-01-01".
---@field last_day baocao.Date "2023-06-30".
---@field cutoff_from? baocao.Date First day whose data the report counts (in hooks only).
---@field cutoff_to? baocao.Date Last day whose data the report counts (in hooks only).

---Who issued a directive. Read-only view.
---@class baocao.Issuer
---@field name string "Ban Thường vụ Liên đoàn Lao động tỉnh".
---@field unit? string The issuing unit's id in the workspace: "ldld-tinh".
---@field kind "state"|"party" The layout family of its documents.
---@field superior? string The body above the issuer, printed in the document's header.

---A directive (văn bản chỉ đạo): a plan or official letter. Read-only view.
---@class baocao.Directive
---@field id string The file name in directives/ without .yaml: "439-kh-ldld".
---@field number? string "439/KH-LĐLĐ"; nil when the text carries none.
---@field type string "plan", "official-letter", "party-circular", "decision", "guidance", ….
---@field date baocao.Date The date it was signed: "2023-05-09".
---@field place string The place in the date line: "Tây Ninh".
---@field subject string The subject (trích yếu), or for an official letter the text after "V/v".
---@field recipients string[] "Nơi nhận", as written (a read-only list).
---@field archive string[] The archive line "Lưu: VT, CSPL&QHLĐ" as a list: {"VT", "CSPL&QHLĐ"}.
---@field issuer baocao.Issuer

---A route as the directive writes it. Read-only view.
---@class baocao.ObligationRoute
---@field to string A unit or body id, or "direct-superior".
---@field through? string A department of the receiver, or another unit or body.

---A report a directive demands (chế độ báo cáo). Read-only view.
---@class baocao.Obligation
---@field id string Unique inside its directive: "bao-cao-ket-qua".
---@field title string "Báo cáo kết quả thực hiện công tác dân vận chính quyền năm 2023".
---@field periods baocao.PeriodKind[] The kinds of periods the directive names (empty for "theo quy định").
---@field deadline? baocao.Date The fixed deadline the directive sets: "2023-11-01".
---@field routes baocao.ObligationRoute[] Where the directive sends it.
---@field item? string The task item that states it: "IV.1, IV.2".
---@field quote? string The directive's own sentence.

---Where one report goes, resolved for a unit and a date. Read-only view.
---@class baocao.Route
---@field to string The receiving unit or body: "ubnd-tinh" ("direct-superior" is already resolved to a unit).
---@field to_name string Its short name, or its name: "UBND tỉnh".
---@field through? string The channel's id: "so-noi-vu", "ban-cspl-qhld".
---@field through_name? string The channel's name: "Sở Nội vụ".
---@field through_kind? "department"|"organisation" A department of the receiver, or another unit or body.

---One report one unit owes for one obligation and period, with the decisions made so far; what
---the `route` and `deadline` hooks receive. Read-only view.
---@class baocao.DueReport
---@field directive baocao.Directive
---@field obligation baocao.Obligation
---@field unit baocao.Unit The unit that owes the report.
---@field period baocao.Period The period, with its data cut-off window (`cutoff_from`, `cutoff_to`).
---@field reference_date baocao.Date The day the hierarchy is read at: the period's last day, or the directive's fixed deadline when that comes first.
---@field deadline? baocao.Date The deadline so far: the directive's, or an earlier plugin's.
---@field receiver_deadline? baocao.Date In `deadline` only: the deadline of the first receiver's own report of the same chain (the same obligation, or one that `consolidates` it) for the same period, or the shortest period containing it; nil when it owes none.
---@field routes baocao.Route[] The routes so far.

---What the `periods` hook receives. Read-only view.
---@class baocao.PeriodsRequest
---@field directive baocao.Directive
---@field obligation baocao.Obligation
---@field year integer The year whose periods are asked for.
---@field periods baocao.Period[] The periods so far, with their cut-off windows.

---What the `calendar` hook receives. Read-only view.
---@class baocao.Calendar
---@field year integer The year whose special days are asked for.
---@field days baocao.CalendarDay[] The days decided so far by the plugins before this one.

---A special day of the working calendar: a day off, or a weekend day that is worked. Read-only view.
---@class baocao.CalendarDay
---@field date baocao.Date "2023-09-02".
---@field name string "Quốc khánh".
---@field working boolean False for a day off; true for a weekend day declared a working day.

---------------------------------------------------------------------------------------------------
-- What hooks may return (plain tables)
---------------------------------------------------------------------------------------------------

---A special day as a `calendar` hook returns it.
---@class baocao.CalendarDaySpec
---@field date baocao.Date
---@field name? string
---@field working? boolean Missing or false: a day off.

---A period as a `periods` hook returns it (or just its id, "2023-H1").
---@class baocao.PeriodSpec
---@field id baocao.PeriodId
---@field cutoff_from? baocao.Date Default: the period's first day.
---@field cutoff_to? baocao.Date Default: the period's last day. Must not come before `cutoff_from`.

---A route as a `route` hook returns it (or just the receiver's id, "ubnd-tinh").
---@class baocao.RouteSpec
---@field to string A unit or body id, or "direct-superior".
---@field through? string A department of the receiver, or another unit or body.

---A period in a `periods` hook's result: an id, or a table with its cut-off window.
---@alias baocao.PeriodItem baocao.PeriodId|baocao.PeriodSpec

---A route in a `route` hook's result: a receiver's id, or a table with `to` and `through`.
---@alias baocao.RouteItem string|baocao.RouteSpec

---What a `calendar` hook returns: the whole list of special days, or nil to keep them.
---@alias baocao.CalendarResult baocao.CalendarDaySpec[]|nil

---What a `periods` hook returns: the periods (an empty list for none), or nil to keep them.
---@alias baocao.PeriodsResult baocao.PeriodItem[]|nil

---What a `route` hook returns: one route, a list of routes, or nil to keep them.
---@alias baocao.RouteResult baocao.RouteItem|baocao.RouteItem[]|nil

---What a `deadline` hook returns: the deadline, or nil to keep it.
---@alias baocao.DeadlineResult baocao.Date|nil

---What the `import` hook receives. Read-only view.
---@class baocao.ImportRequest
---@field path string The file being imported.
---@field lines string[] The text, one string per line; `lines[n]` is line n.
---@field draft baocao.ImportDraft What the built-in rules (and the plugins before) found.

---The draft an import has so far. Read-only view; a field not found is nil.
---@class baocao.ImportDraft
---@field type? string "plan", "official-letter", ….
---@field number? string "439/KH-LĐLĐ".
---@field kind? "state"|"party"
---@field issuer? string
---@field superior? string
---@field place? string
---@field date? baocao.Date
---@field subject? string
---@field recipients string[]
---@field legal_bases {type: string, number?: string, date?: baocao.Date, issuer?: string, line: integer}[]
---@field task_groups {item?: string, heading: string, level?: string, line: integer, tasks: {item?: string, text: string, line: integer}[]}[]
---@field reports {title: string, to: string[], through?: string, deadline?: baocao.Date, periods: string[], from: string[], item?: string, line: integer}[]
---@field indicators {id: string, item?: string, target: string, aspirational: boolean, line: integer}[]
---@field missing {field: string, reason: string}[] The fields not found, with the reason.

---One addition of an `import` hook. `field` says what it adds; `line` (required) is the line of
---`request.lines` it was read from. Scalars (`number`, `type`, `kind`, `issuer`, `superior`,
---`place`, `date`, `subject`, `closing`) take `value` and replace what was found; `to`, `through`
---and `deadline` take `value` and change the report read from `line`; `report`, `legal_basis`,
---`recipient` and `indicator` add one.
---@class baocao.ImportAddition
---@field field "number"|"type"|"kind"|"issuer"|"superior"|"place"|"date"|"subject"|"closing"|"report"|"to"|"through"|"deadline"|"legal_basis"|"recipient"|"indicator"
---@field line integer
---@field value? string For the scalars, `to`, `through`, `deadline` and `recipient`.
---@field title? string report: what is reported.
---@field to? string|string[] report: the receiver as the text names it ("Sở Nội vụ"), or "direct-superior".
---@field through? string report: the channel as the text names it.
---@field deadline? baocao.Date report: the fixed deadline.
---@field periods? string[] report: "month", "quarter", "six-months", "nine-months", "year".
---@field from? ("province"|"district"|"grassroots")[] report: who owes it; default: the level of the section of `line`.
---@field item? string report, indicator: the item number ("IV.1", "III.6").
---@field quote? string report: the words of the text.
---@field type? string legal_basis: "decision", "plan", ….
---@field number? string legal_basis: "98-KH/BDVTU".
---@field date? baocao.Date legal_basis: its date.
---@field issuer? string legal_basis: who issued it.
---@field target? string indicator: "60%".
---@field text? string indicator: its words.
---@field aspirational? boolean indicator: "phấn đấu".
---@field rated_by? string indicator: who rates.
---@field id? string indicator: replaces the indicator with this id ("chi-tieu-6b").

---------------------------------------------------------------------------------------------------
-- The table of hooks a plugin's main file returns
---------------------------------------------------------------------------------------------------

---The table `plugin.lua` returns. It holds exactly the hooks `plugin.yaml` lists. Each hook
---receives the decision so far and returns a new one, or nil to keep it. Write
---`---@type baocao.Plugin` above the table to have the editor check the hooks.
---@class baocao.Plugin
---The special days of `cal.year`. Return the whole list (start from `cal.days` to keep the days
---of the plugins before), or nil to keep it. A calendar hook cannot call `baocao.calendar`. API level 1.
---@field calendar? fun(cal: baocao.Calendar): baocao.CalendarResult
---Which periods `request.obligation` has in `request.year`, with their data cut-off windows.
---Return a list of ids or `{id =, cutoff_from =, cutoff_to =}` tables (an empty list for none),
---or nil to keep them. API level 1.
---@field periods? fun(request: baocao.PeriodsRequest): baocao.PeriodsResult
---Where `due` goes. Return a receiver id, one `{to =, through =}` route, a list of them, or nil
---to keep `due.routes`. API level 1.
---@field route? fun(due: baocao.DueReport): baocao.RouteResult
---When `due` is due. Return a date, or nil to keep `due.deadline`. API level 1.
---@field deadline? fun(due: baocao.DueReport): baocao.DeadlineResult
---How a target is counted: nil to keep `request.result`, or a new result with `achieved`. Targets
---with `measure: plugin` are counted only here. API level 1.
---@field indicator? fun(request: table): table?
---What is wrong with a submission being ingested: nil when nothing; a message (an error); or a
---list of findings. An error refuses the file, a warning is shown and the submission stored. API level 1.
---@field validate? fun(submission: baocao.Submission): (string|baocao.Finding|baocao.Finding[])?
---A unit's self-assessment scoring sheet: nil when this plugin does not score the unit, or
---`{criteria = {{id =, title =, max =, points =, evidence =}}, rating =}`. API level 1.
---@field score? fun(request: table): table?
---Shapes a rendered document block by block, like a pandoc filter: nil keeps the block, a block
---replaces it, a list of blocks is spliced in its place (`{}` removes it). API level 1.
---@field document? fun(block: baocao.Block, doc: baocao.DocumentContext): (baocao.Block|baocao.Block[])?
---A province's patterns for `baocao import`, after the built-in rules: nil to add nothing, or a
---list of additions, each with the line it was read from. API level 1.
---@field import? fun(request: baocao.ImportRequest): baocao.ImportAddition[]?

---------------------------------------------------------------------------------------------------
-- The module
---------------------------------------------------------------------------------------------------

---The `baocao` module: dates, periods, working days, unit look-ups and logging. Every plugin has
---it as the global `baocao`, and `require "baocao"` returns the same table. API level 1.
---@class baocao
---@field api_level integer The API level this host provides: 1.
---@field plugin baocao.PluginInfo The plugin this code runs in.
baocao = {}

---A submission being ingested, read-only. API level 1.
---@class baocao.Submission
---@field directive baocao.Directive
---@field obligation baocao.Obligation
---@field unit baocao.Unit
---@field period baocao.Period
---@field received string When it arrived, Vietnam's time: "2023-10-30 14:20".
---@field first_received string When the report it answers first arrived (decides on time or late); its own `received` for a first arrival.
---@field declared_received? string What the file said when the portal's clock decided the arrival instead.
---@field values table<string, boolean|integer|number|string> The values by field id; ratings and dates as text.
---@field narrative? string
---@field source? string The file it came from.

---A finding of a validate hook.
---@class baocao.Finding
---@field message string Plain words for the official who filled in the file.
---@field field? string The field id it is about: the error points at that cell.
---@field level? "error"|"warning" "error" when left out.

---@class baocao.PluginInfo
---@field name string The plugin's name from plugin.yaml: "tay-ninh".
---@field version string The plugin's version from plugin.yaml: "1.0.0".

-- Dates ------------------------------------------------------------------------------------------

---Dates: ISO text such as "2023-05-09". API level 1.
baocao.date = {}

---Reads a date written "2023-05-09", "09/5/2023" or "9-5-2023". API level 1.
---@param text string
---@return baocao.Date? date The ISO date, or nil when `text` is not a real day.
---@return string? problem Why it is not, when it is not.
function baocao.date.parse(text) end

---The date of a year, month and day. Raises an error when the day does not exist. API level 1.
---@param year integer 1–9999
---@param month integer 1–12
---@param day integer 1–31
---@return baocao.Date
function baocao.date.make(year, month, day) end

---The year, month and day of a date, as three numbers. API level 1.
---@param date baocao.Date
---@return integer year
---@return integer month
---@return integer day
function baocao.date.parts(date) end

---The date `days` calendar days after `date` (before it when negative). Raises an error when that
---falls outside 0001-01-01 … 9999-12-31. API level 1.
---@param date baocao.Date
---@param days integer
---@return baocao.Date
function baocao.date.add_days(date, days) end

---The number of days from `from` to `to`: positive when `to` is later. API level 1.
---@param from baocao.Date
---@param to baocao.Date
---@return integer
function baocao.date.days_between(from, to) end

---The ISO weekday: 1 is Monday, 6 Saturday, 7 Sunday. API level 1.
---@param date baocao.Date
---@return integer
function baocao.date.weekday(date) end

---The last day of a month. Raises an error for a month outside 1–12 or a year outside 1–9999. API level 1.
---@param year integer 1–9999
---@param month integer 1–12
---@return baocao.Date
function baocao.date.last_of_month(year, month) end

---The formal Vietnamese date: "ngày 09 tháng 5 năm 2023" (days below 10 and the months January
---and February take a leading zero). API level 1.
---@param date baocao.Date
---@return string
function baocao.date.vietnamese(date) end

-- Periods ----------------------------------------------------------------------------------------

---Periods: months, quarters, halves, nine months, years. API level 1.
baocao.period = {}

---Reads a period written "2023-05", "2023-Q2", "2023-H1", "2023-9M" or "2023". API level 1.
---@param text string
---@return baocao.Period? period The period (without cut-off fields), or nil.
---@return string? problem Why `text` is not a period, when it is not.
function baocao.period.parse(text) end

---Every period of a kind in a year, in order: 12 months, 4 quarters, 2 halves, or one. Raises an
---error for an unknown kind. API level 1.
---@param kind baocao.PeriodKindName
---@param year integer 1–9999
---@return baocao.Period[]
function baocao.period.of_year(kind, year) end

---The period of a kind that holds `date`, or nil (only for "nine-months" after September). API level 1.
---@param kind baocao.PeriodKindName
---@param date baocao.Date
---@return baocao.Period?
function baocao.period.containing(kind, date) end

-- Working days -----------------------------------------------------------------------------------

---Working days: Monday to Friday, less the days off, plus the weekend days worked, as the chain's
---`calendar` hooks decide them. Call these from hooks: at the top level of plugin.lua the chain is
---still loading and they answer as if there were no holidays. A `calendar` hook cannot use them
---for the year it is deciding. API level 1.
baocao.calendar = {}

---Whether `date` is a working day. API level 1.
---@param date baocao.Date
---@return boolean
function baocao.calendar.is_working_day(date) end

---The working day `count` working days after `date` (before it when negative). With 0, `date`
---itself, even when it is not a working day. API level 1.
---@param date baocao.Date
---@param count integer -10000 to 10000; a count that passes 0001-01-01 or 9999-12-31 raises an error
---@return baocao.Date
function baocao.calendar.add_working_days(date, count) end

---`date` when it is a working day, else the first working day after it. API level 1.
---@param date baocao.Date
---@return baocao.Date
function baocao.calendar.on_or_after(date) end

---`date` when it is a working day, else the last working day before it. API level 1.
---@param date baocao.Date
---@return baocao.Date
function baocao.calendar.on_or_before(date) end

---The special days of a year in date order: its days off, and its weekend days declared worked
---(those have `working = true`). API level 1.
---@param year integer 1–9999
---@return baocao.CalendarDay[]
function baocao.calendar.days_off(year) end

-- Units ------------------------------------------------------------------------------------------

---Look-ups in the workspace's organisation: units, external bodies, levels. API level 1.
baocao.units = {}

---The unit with this id, or nil (external bodies are found with `baocao.units.body`). API level 1.
---@param id string
---@return baocao.Unit?
function baocao.units.get(id) end

---The external body with this id, or nil. API level 1.
---@param id string
---@return baocao.Body?
function baocao.units.body(id) end

---The full name of a unit or body, or nil when there is none with this id. API level 1.
---@param id string
---@return string?
function baocao.units.name(id) end

---The unit directly above `id` on `date`, following merges; nil for a top unit or an unknown id. API level 1.
---@param id string
---@param date baocao.Date
---@return baocao.Unit?
function baocao.units.parent(id, date) end

---The units above `id` on `date`, nearest first (empty for a top unit or an unknown id). API level 1.
---@param id string
---@param date baocao.Date
---@return baocao.Unit[]
function baocao.units.ancestors(id, date) end

---The units directly below `id` that exist on `date`, including those that came to it by merges. API level 1.
---@param id string
---@param date baocao.Date
---@return baocao.Unit[]
function baocao.units.children(id, date) end

---The units of a level that exist on `date`, in the order the workspace lists them. Raises an
---error for an unknown level. API level 1.
---@param level string A level id: "district".
---@param date baocao.Date
---@return baocao.Unit[]
function baocao.units.at_level(level, date) end

---The workspace's levels, from the top down. API level 1.
---@return baocao.Level[]
function baocao.units.levels() end

-- Documents --------------------------------------------------------------------------------------

---A block of a document: `type` is "header", "title", "heading", "paragraph", "list", "table",
---"chart", "addressees", "recipients" or "signature"; the other fields depend on it (see
---Documentation/Documents.md). Text carries **bold** and *italic* marks.
---@class baocao.Block
---@field type string
---@field index? integer Its place in the document (1-based), as the hook receives it.
---@field text? string heading, paragraph
---@field level? integer heading: 1 to 3
---@field items? string[] list
---@field caption? string table
---@field columns? string[] table
---@field rows? string[][] table
---@field widths? number[] table
---@field title? string chart, signature
---@field bars? {label: string, value: number}[] chart
---@field maximum? number chart
---@field unit? string chart
---@field layout? "state"|"party" header
---@field superior? string header
---@field issuer? string header
---@field number? string header: without "Số"
---@field place? string header
---@field date? string header: "2023-11-02", or nil for a blank date
---@field summary? string header: "V/v …"
---@field name? string title ("Báo cáo"), signature
---@field subject? string title
---@field names? string[] addressees
---@field recipients? string[] recipients
---@field archive? string[] recipients
---@field authority? string signature: "TM.", "KT.", "T/M", "Q.", "TL.", "TUQ."
---@field on_behalf_of? string signature
---@field note? string signature

---What a document is about (read-only).
---@class baocao.DocumentContext
---@field kind string "consolidated-report"
---@field directive baocao.Directive
---@field period baocao.Period
---@field as_of string
---@field layout "state"|"party"
---@field count integer

---Builders for the blocks a document hook returns. API level 1.
baocao.document = {}

---@param text string
---@return baocao.Block
function baocao.document.paragraph(text) end

---@param level integer 1 to 3
---@param text string
---@return baocao.Block
function baocao.document.heading(level, text) end

---@param items string[]
---@return baocao.Block
function baocao.document.list(items) end

---@param spec {caption?: string, columns: string[], rows?: string[][], widths?: number[]}
---@return baocao.Block
function baocao.document.table(spec) end

---@param spec {title: string, bars?: {label: string, value: number}[], maximum?: number, unit?: string}
---@return baocao.Block
function baocao.document.chart(spec) end

-- Logging ----------------------------------------------------------------------------------------

---Logging. Lines go to the host's log (the `baocao` command prints them on standard error as
---"[plugin] level: message"). The arguments are joined with tabs, like `print`; `print` itself
---logs at level info. API level 1.
baocao.log = {}

---Logs at level debug. API level 1.
---@param ... any
function baocao.log.debug(...) end

---Logs at level info. API level 1.
---@param ... any
function baocao.log.info(...) end

---Logs at level warn. API level 1.
---@param ... any
function baocao.log.warn(...) end

return baocao
