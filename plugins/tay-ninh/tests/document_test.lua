-- Tây Ninh: the consolidated report notes that the scoring dossiers go to Sở Nội vụ.

local doc = { kind = "consolidated-report", layout = "state" }

test("the table of scores is followed by the note on the dossiers for Sở Nội vụ", function()
  local scores = baocao.document.table({ caption = "Kết quả tự chấm điểm", columns = { "Đơn vị", "Điểm", "Xếp loại" },
                                        rows = { { "LĐLĐ huyện Gò Dầu", "100/100", "Tốt" } } })
  local result = plugin.document(scores, doc)
  expect.equal(#result, 2)
  expect.equal(result[1], scores)
  expect.equal(result[2].type, "paragraph")
  expect.truthy(result[2].text:find("1563/QĐ-UBND", 1, true))
  expect.truthy(result[2].text:find("Sở Nội vụ", 1, true))
end)

test("other blocks are kept as they are", function()
  expect.equal(plugin.document(baocao.document.paragraph("Trên đây là báo cáo."), doc), nil)
  expect.equal(plugin.document(baocao.document.table({ caption = "Tình hình gửi báo cáo theo cấp", columns = { "Cấp" } }), doc), nil)
end)
