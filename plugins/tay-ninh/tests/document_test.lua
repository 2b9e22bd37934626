-- Tây Ninh: the consolidated report says which scoring dossiers go to Sở Nội vụ — only those received.

local function doc(received, missing_units)
  return { kind = "consolidated-report", layout = "state",
           obligations = { { id = "ho-so-cham-diem", title = "Hồ sơ chấm điểm", expected = received + #missing_units,
                             received = received, missing_units = missing_units } } }
end

local scores = baocao.document.table({ caption = "Kết quả chấm điểm (tính từ số liệu các đơn vị đã gửi)", columns = { "Đơn vị", "Điểm", "Xếp loại" },
                                      rows = { { "LĐLĐ huyện Gò Dầu", "100/100", "Tốt" } } })

test("the table of scores is followed by the note on the dossiers received, naming those missing", function()
  local result = plugin.document(scores, doc(10, { "LĐLĐ thị xã Trảng Bàng", "LĐLĐ huyện Tân Châu" }))
  expect.equal(#result, 2)
  expect.equal(result[1], scores)
  expect.equal(result[2].type, "paragraph")
  expect.truthy(result[2].text:find("1563/QĐ-UBND", 1, true))
  expect.truthy(result[2].text:find("của 10/12 đơn vị", 1, true))
  expect.truthy(result[2].text:find("chưa gửi hồ sơ: LĐLĐ thị xã Trảng Bàng, LĐLĐ huyện Tân Châu.", 1, true))
end)

test("no dossier received: none is claimed attached", function()
  local result = plugin.document(scores, doc(0, { "LĐLĐ huyện Gò Dầu" }))
  expect.truthy(result[2].text:find("Chưa đơn vị nào gửi", 1, true))
  expect.falsy(result[2].text:find("gửi kèm", 1, true))
end)

test("other blocks are kept as they are", function()
  expect.equal(plugin.document(baocao.document.paragraph("Trên đây là báo cáo."), doc(1, {})), nil)
  expect.equal(plugin.document(baocao.document.table({ caption = "Tình hình gửi báo cáo theo cấp", columns = { "Cấp" } }), doc(1, {})), nil)
end)
