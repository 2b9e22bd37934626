-- Cao Bằng, letter of 10/10/2019: monthly, quarterly and yearly reports to LĐLĐ tỉnh.

test("reports go to LĐLĐ tỉnh through the department in the letter's archive line", function()
  local list = schedule({ from = "2019-11-01", to = "2019-11-30", unit = "ldld-thong-nong" })
  expect.equal(#list, 1)
  expect.same(list[1].routes, { { to = "ldld-tinh", through = "ban-cspl-kt" } })
  expect.equal(list[1].decided_by.route, "cao-bang")
end)

test("the quarterly report stands for the quarter's last month; the yearly one for December", function()
  local periods = {}
  for _, report in ipairs(schedule({ from = "2019-11-01", to = "2020-04-30", unit = "ldld-ha-quang" })) do
    periods[#periods + 1] = report.period
  end
  expect.same(periods, { "2019-11", "2019", "2020-01", "2020-02", "2020-Q1", "2020-04" })
end)

test("after 1 February 2020 huyện Thông Nông's federation no longer reports; its unions go to Hà Quảng", function()
  expect.equal(#schedule({ from = "2020-02-21", to = "2020-12-31", unit = "ldld-thong-nong" }), 0)
  local union = baocao.units.children("ldld-thong-nong", "2020-01-31")[1]
  expect.truthy(union, "Thông Nông has grassroots unions in January 2020")
  expect.equal(baocao.units.parent(union.id, "2020-02-01").id, "ldld-ha-quang")
end)
