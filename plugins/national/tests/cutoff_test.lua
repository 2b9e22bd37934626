-- Nghị định 09/2019/NĐ-CP, Điều 12 khoản 1: the data cut-off windows.
local cutoff = require "cutoff"
local period = baocao.period

test("a month counts from the 15th of the month before to the 14th", function()
  local from, to = cutoff(period.parse("2023-05"))
  expect.equal(from, "2023-04-15")
  expect.equal(to, "2023-05-14")
  from = cutoff(period.parse("2024-01"))
  expect.equal(from, "2023-12-15", "January starts in December of the year before")
end)

test("a quarter, a half-year, nine months and a year", function()
  expect.same({ cutoff(period.parse("2023-Q2")) }, { "2023-03-15", "2023-06-14" })
  expect.same({ cutoff(period.parse("2023-H1")) }, { "2022-12-15", "2023-06-14" })
  expect.same({ cutoff(period.parse("2023-H2")) }, { "2023-06-15", "2023-12-14" })
  expect.same({ cutoff(period.parse("2023-9M")) }, { "2022-12-15", "2023-09-14" })
  expect.same({ cutoff(period.parse("2023")) }, { "2022-12-15", "2023-12-14" })
end)

test("the longer report stands for a shorter one ending the same day", function()
  local request = {
    obligation = { deadline = nil },
    periods = { period.parse("2023-H1"), period.parse("2023-H2"), period.parse("2023") },
  }
  local result = plugin.periods(request)
  expect.equal(#result, 2, "H2 ends with the year")
  expect.equal(result[1].id, "2023-H1")
  expect.equal(result[2].id, "2023")
end)
