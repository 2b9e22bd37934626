-- Tây Ninh: the self-assessment scoring sheet (illustrative criteria, see scoring.lua).

local function submission(unit, obligation, values, received, first_received)
  received = received or "2023-10-30 09:00"
  return { unit = baocao.units.get(unit), obligation = { id = obligation, deadline = "2023-11-01" },
           values = values, received = received, first_received = first_received or received }
end

local function request(unit, submissions)
  return { unit = baocao.units.get(unit), period = baocao.period.parse("2023"), submissions = submissions }
end

test("a district union with every point", function()
  local below = baocao.units.children("ldld-go-dau", "2023-12-31")
  local submissions = { submission("ldld-go-dau", "bao-cao-ket-qua", { can_bo_tong = 40, can_bo_hoc_tap = 40, co_ke_hoach = true }) }
  for _, unit in ipairs(below) do
    submissions[#submissions + 1] = submission(unit.id, "tu-danh-gia-cdcs", { thuc_hien_dan_chu = true, xep_loai = "Tốt" })
  end
  local sheet = plugin.score(request("ldld-go-dau", submissions))
  local total = 0
  for _, criterion in ipairs(sheet.criteria) do
    expect.equal(criterion.points, criterion.max, criterion.id)
    total = total + criterion.points
  end
  expect.equal(total, 100)
  expect.equal(sheet.rating, "Tốt")
end)

test("no report: no points for II.1, III.3 and IV; grassroots units are not scored", function()
  local sheet = plugin.score(request("ldld-go-dau", {}))
  expect.equal(sheet.rating, "Yếu")
  expect.equal(sheet.criteria[1].evidence, "chưa có báo cáo kết quả")
  expect.equal(plugin.score(request("cdcs-tay-ninh-01", {})), nil)
end)

test("IV: the first arrival decides on time, as the status counts it; a late correction does not make it late", function()
  local corrected = submission("ldld-go-dau", "bao-cao-ket-qua", { can_bo_tong = 40, can_bo_hoc_tap = 40, co_ke_hoach = true },
                               "2023-11-20 10:00", "2023-10-30 09:00")
  local sheet = plugin.score(request("ldld-go-dau", { corrected }))
  local iv = sheet.criteria[#sheet.criteria]
  expect.equal(iv.id, "IV")
  expect.equal(iv.points, 20)
  expect.equal(iv.evidence, "gửi báo cáo ngày 2023-10-30, đúng hạn")
  local late = submission("ldld-go-dau", "bao-cao-ket-qua", { can_bo_tong = 40 }, "2023-11-20 10:00")
  expect.equal(plugin.score(request("ldld-go-dau", { late })).criteria[#sheet.criteria].points, 10)
end)
