-- Public holidays (Bộ luật Lao động 2019, Điều 112) and working days.
local calendar = baocao.calendar

local function days_off(year)
  local set = {}
  for _, day in ipairs(plugin.calendar({ year = year, days = {} })) do set[day.date] = day.name end
  return set
end

test("Tết 2023: the last day of the old year and four days after", function()
  local off = days_off(2023)
  for _, day in ipairs({ "2023-01-21", "2023-01-22", "2023-01-23", "2023-01-24", "2023-01-25" }) do
    expect.equal(off[day], "Tết Nguyên đán", day)
  end
  expect.equal(off["2023-01-26"], nil)
end)

test("National Day 2023 takes Friday 1 September, and a day in lieu for Saturday 2 September", function()
  local off = days_off(2023)
  expect.equal(off["2023-09-01"], "Quốc khánh (ngày thứ hai)")
  expect.equal(off["2023-09-02"], "Quốc khánh")
  expect.truthy(off["2023-09-04"], "Monday 4 September is off in lieu")
end)

test("working days skip weekends and holidays", function()
  expect.falsy(calendar.is_working_day("2023-09-04"))
  expect.equal(calendar.add_working_days("2023-08-31", 1), "2023-09-05")
  expect.equal(calendar.add_working_days("2023-11-01", -1), "2023-10-31")
  expect.equal(calendar.on_or_after("2023-05-20"), "2023-05-22", "Saturday 20 May moves to Monday")
end)
