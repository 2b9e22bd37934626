-- Ninh Bình, Kế hoạch 22/KH-LĐLĐ: who reports to whom, through which department.

local function reports(from, to, unit)
  return schedule({ from = from, to = to, unit = unit })
end

test("districts and sector unions report six-monthly and at year end to LĐLĐ tỉnh through Ban CSPL&QHLĐ", function()
  for _, unit in ipairs({ "ldld-gia-vien", "ldld-tp-tam-diep" }) do
    local list = reports("2023-01-01", "2023-12-31", unit)
    expect.equal(#list, 2, unit .. ": 2023-H1 and 2023")
    expect.equal(list[1].period, "2023-H1")
    expect.equal(list[2].period, "2023")
    for _, report in ipairs(list) do
      expect.same(report.routes, { { to = "ldld-tinh", through = "ban-cspl-qhld" } })
    end
  end
end)

test("each grassroots union reports to its own direct superior union", function()
  for _, district in ipairs({ "ldld-gia-vien", "ldld-kim-son" }) do
    for _, union in ipairs(baocao.units.children(district, "2023-06-30")) do
      local list = reports("2023-06-01", "2023-06-30", union.id)
      expect.equal(#list, 1, union.id)
      expect.equal(list[1].routes[1].to, district, union.id)
    end
  end
end)

test("the federation's own report, 'theo quy định': six-monthly and yearly, to Tổng Liên đoàn and Tỉnh ủy", function()
  local list = reports("2023-01-01", "2023-12-31", "ldld-tinh")
  expect.equal(#list, 2)
  expect.equal(list[1].decided_by.periods, "ninh-binh")
  expect.same(list[1].routes, {
    { to = "tld", through = "ban-qhld" },
    { to = "tinh-uy", through = "ban-dan-van" },
  })
end)

test("the route hook adds the policy department only where the directive names none", function()
  local due = { routes = { { to = "ldld-tinh" }, { to = "tld", through = "ban-qhld" } } }
  expect.same(plugin.route(due), { { to = "ldld-tinh", through = "ban-cspl-qhld" }, { to = "tld", through = "ban-qhld" } })
  expect.equal(plugin.route({ routes = { { to = "ldld-tinh", through = "ban-cspl-qhld" } } }), nil, "nothing to change")
end)
