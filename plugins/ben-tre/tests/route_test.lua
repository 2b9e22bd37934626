-- Bến Tre, Công văn 558-CV/ĐUK: the mass organisations report to their Party committee every six
-- months and at year end.

test("Đoàn Khối reports to Đảng ủy Khối through its Ban Tuyên giáo", function()
  local list = schedule({ from = "2022-01-01", to = "2022-12-31", unit = "doan-khoi" })
  expect.equal(#list, 2)
  expect.equal(list[1].period, "2022-H1")
  expect.equal(list[2].period, "2022")
  expect.same(list[1].routes, { { to = "duk", through = "ban-tuyen-giao" } })
end)

test("a grassroots mass organisation reports to its own Party cell or committee, with no department", function()
  local report = schedule({ from = "2022-06-01", to = "2022-06-30" })
  local checked = 0
  for _, item in ipairs(report) do
    local unit = baocao.units.get(item.unit)
    if unit.id ~= "doan-khoi" then
      expect.equal(item.routes[1].to, baocao.units.parent(unit.id, "2022-06-30").id, unit.id)
      expect.equal(item.routes[1].through, nil, unit.id)
      checked = checked + 1
    end
  end
  expect.truthy(checked > 10, "many grassroots organisations report")
end)
