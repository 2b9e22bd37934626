-- Tây Ninh, Kế hoạch 439/KH-LĐLĐ: the year's report to UBND tỉnh through Sở Nội vụ by 01/11/2023.

local function find(list, obligation)
  for _, report in ipairs(list) do
    if report.obligation == obligation then return report end
  end
end

test("the year's results go to UBND tỉnh through Sở Nội vụ no later than 01/11/2023", function()
  for _, unit in ipairs({ "ldld-tinh", "ldld-go-dau", "cd-khu-kinh-te" }) do
    local report = find(schedule({ from = "2023-10-01", to = "2023-11-30", unit = unit }), "bao-cao-ket-qua")
    expect.truthy(report, unit)
    expect.equal(report.deadline, "2023-11-01")
    expect.same(report.routes, { { to = "ubnd-tinh", through = "so-noi-vu" } })
    expect.equal(report.cutoff_to, "2023-10-31", "data up to the day before it is sent")
  end
end)

test("the self-scoring dossier goes to Sở Nội vụ on 01/11/2023", function()
  local report = find(schedule({ from = "2023-11-01", to = "2023-11-01", unit = "ldld-tinh" }), "ho-so-cham-diem")
  expect.equal(report.deadline, "2023-11-01")
  expect.same(report.routes, { { to = "so-noi-vu" } })
end)

test("a plan for 2023 asks for no report in 2024", function()
  expect.equal(#schedule({ from = "2024-01-01", to = "2024-12-31" }), 0)
end)

test("any report to UBND tỉnh goes through Sở Nội vụ", function()
  expect.same(plugin.route({ routes = { { to = "ubnd-tinh" } } }), { { to = "ubnd-tinh", through = "so-noi-vu" } })
  expect.equal(plugin.route({ routes = { { to = "ldld-go-dau" } } }), nil)
end)
