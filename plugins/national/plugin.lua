-- National defaults: Nghị định 09/2019/NĐ-CP on reporting, and the public holidays.
-- Province plugins come after this one and may change anything it decides.
local baocao = require "baocao"
local cutoff = require "cutoff"
local holidays = require "holidays"

local date, calendar = baocao.date, baocao.calendar

--- Day `n` of the last month of a period: the default deadline is the 20th.
local DEFAULT_DEADLINE_DAY = 20

--- Period kinds from the shortest to the longest.
local LENGTH = { month = 1, quarter = 2, ["six-months"] = 3, ["nine-months"] = 4, year = 5 }

local function add(days, iso, name)
  days[#days + 1] = { date = iso, name = name, working = false }
end

--- The days off of a year: the fixed holidays (with National Day's second day from 2021), Tết,
--- the Hùng Kings' day, and a day in lieu for a holiday falling on a weekend, Tết included
--- (Điều 112 khoản 3: "Trường hợp ngày nghỉ lễ, tết trùng vào ngày nghỉ hằng tuần thì người lao
--- động được nghỉ bù vào ngày làm việc kế tiếp"). For a year whose days off were announced
--- (announced/<year>.lua), Tết is as announced, with the swapped days off and the weekend days worked.
local function public_holidays(year)
  local announced = holidays.announced[year] and require("announced." .. year) or nil
  local days, taken = {}, {}
  local function take(iso, name)
    add(days, iso, name)
    taken[iso] = true
  end
  for _, holiday in ipairs(holidays.fixed) do
    local month, day = holiday[1]:match("^(%d%d)-(%d%d)$")
    take(date.make(year, tonumber(month), tonumber(day)), holiday[2])
  end
  if year >= 2021 then
    -- the second day of National Day: the one that makes a longer break with the weekend
    local national_day = date.make(year, 9, 2)
    local weekday = date.weekday(national_day)
    local extra = (weekday == 1 or weekday == 4) and date.add_days(national_day, 1) or date.add_days(national_day, -1)
    take(extra, "Quốc khánh (ngày thứ hai)")
  end
  local tet = holidays.tet[year]
  if announced and announced.tet then
    local day = announced.tet.from
    while day <= announced.tet.to do
      take(day, "Tết Nguyên đán")
      day = date.add_days(day, 1)
    end
  elseif tet then
    for offset = -1, 3 do
      local day = date.add_days(tet, offset)
      take(day, "Tết Nguyên đán")
    end
  else
    baocao.log.warn("no Tết date for " .. year .. "; list that year's days off in a province plugin")
  end
  -- Tết of next year may start on the last day of this one.
  local next_tet = holidays.tet[year + 1]
  if next_tet and date.parts(date.add_days(next_tet, -1)) == year then
    take(date.add_days(next_tet, -1), "Tết Nguyên đán")
  end
  if holidays.hung_kings[year] then take(holidays.hung_kings[year], "Giỗ Tổ Hùng Vương") end

  -- A holiday on a weekend gives the next working day off (an announced Tết has its own).
  local in_lieu = {}
  local announced_tet = announced and announced.tet
  for _, day in ipairs(days) do
    local from_announcement = announced_tet and day.date >= announced_tet.from and day.date <= announced_tet.to
    if not from_announcement and date.weekday(day.date) >= 6 then
      local next_day = date.add_days(day.date, 1)
      while date.weekday(next_day) >= 6 or taken[next_day] do next_day = date.add_days(next_day, 1) end
      taken[next_day] = true
      in_lieu[#in_lieu + 1] = { date = next_day, name = "Nghỉ bù " .. day.name, working = false }
    end
  end
  for _, day in ipairs(in_lieu) do days[#days + 1] = day end
  if announced then
    for _, day in ipairs(announced.off or {}) do
      if not taken[day.date] then add(days, day.date, day.name) end
    end
    for _, day in ipairs(announced.working or {}) do
      days[#days + 1] = { date = day.date, name = day.name, working = true }
    end
  end
  return days
end

return {
  --- The year's public holidays, after any days a plugin before this one listed.
  calendar = function(cal)
    local days = {}
    for _, day in ipairs(cal.days) do days[#days + 1] = { date = day.date, name = day.name, working = day.working } end
    for _, day in ipairs(public_holidays(cal.year)) do days[#days + 1] = day end
    return days
  end,

  --- Điều 12 khoản 1: the cut-off window of each period. (A report due before its window
  --- closes, such as Tây Ninh's year report due 01/11, counts data up to the day before it is
  --- due: the core cuts the window there once the deadline is known.)
  ---
  --- When an obligation asks for periods of several lengths, the longer report stands for a
  --- shorter one ending the same day: "định kỳ 6 tháng, cuối năm" is the first half-year and the
  --- year (Điều 12 defines the six-month report as 15/12 → 14/6), and with "hằng tháng, quý, năm"
  --- the quarterly report stands for March, June and September and the yearly one for December.
  periods = function(request)
    local ends = {}
    for _, period in ipairs(request.periods) do
      local longest = ends[period.last_day]
      if longest == nil or LENGTH[period.kind] > LENGTH[longest] then ends[period.last_day] = period.kind end
    end
    local result = {}
    for _, period in ipairs(request.periods) do
      if ends[period.last_day] == period.kind then
        local from, to = cutoff(period)
        result[#result + 1] = { id = period.id, cutoff_from = from, cutoff_to = to }
      end
    end
    return result
  end,

  --- Deadlines. Without one from the directive: the 20th of the period's last month, the deadline
  --- Điều 12 sets for periodic reports to the Government. A deadline on a day off moves to the next
  --- working day (Bộ luật Dân sự 2015, Điều 148). A lower body's deadline is at least one working
  --- day before the deadline of the report its receiver owes for the same period (Điều 12).
  deadline = function(due)
    local deadline = due.deadline
    if deadline == nil then
      local year, month = date.parts(due.period.last_day)
      deadline = calendar.on_or_after(date.make(year, month, DEFAULT_DEADLINE_DAY))
    end
    if due.receiver_deadline then
      local latest = calendar.add_working_days(due.receiver_deadline, -1)
      if deadline > latest then deadline = latest end
    end
    if deadline ~= due.deadline then return deadline end
  end,
}
