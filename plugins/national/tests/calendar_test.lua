-- Public holidays (Bộ luật Lao động 2019, Điều 112) and working days.
local calendar = baocao.calendar

local function days_off(year)
  local set = {}
  for _, day in ipairs(plugin.calendar({ year = year, days = {} })) do set[day.date] = day.name end
  return set
end

test("Tết 2023 as announced: Friday 20 to Thursday 26 January, days in lieu included", function()
  local off = days_off(2023)
  for _, day in ipairs({ "2023-01-20", "2023-01-21", "2023-01-22", "2023-01-23", "2023-01-24", "2023-01-25", "2023-01-26" }) do
    expect.equal(off[day], "Tết Nguyên đán", day)
  end
  expect.equal(off["2023-01-19"], nil)
  expect.equal(off["2023-01-27"], nil, "the announcement moved a day in lieu before Tết; none is added after it")
end)

test("Tết on a weekend gives days in lieu (Điều 112 khoản 3): 2027, a year not yet announced", function()
  local off = days_off(2027)
  for _, day in ipairs({ "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09" }) do
    expect.equal(off[day], "Tết Nguyên đán", day)
  end
  expect.equal(off["2027-02-10"], "Nghỉ bù Tết Nguyên đán", "Saturday 6 February, mùng 1")
  expect.equal(off["2027-02-11"], "Nghỉ bù Tết Nguyên đán", "Sunday 7 February")
  expect.equal(off["2027-02-12"], nil)
end)

test("Tết 2026 falls on working days only: no day in lieu", function()
  local off = days_off(2026)
  expect.equal(off["2026-02-16"], "Tết Nguyên đán")
  expect.equal(off["2026-02-20"], "Tết Nguyên đán")
  expect.equal(off["2026-02-23"], nil)
end)

test("announced swaps: 2025 works on Saturday 8 February and 26 April, and is off on Friday 2 May", function()
  local days = plugin.calendar({ year = 2025, days = {} })
  local working = {}
  for _, day in ipairs(days) do if day.working then working[day.date] = true end end
  expect.truthy(working["2025-02-08"])
  expect.truthy(working["2025-04-26"])
  expect.truthy(days_off(2025)["2025-05-02"])
  expect.truthy(days_off(2025)["2025-01-27"], "Monday 27 January, swapped")
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
