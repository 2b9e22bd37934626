-- Tây Ninh's import hook: "gửi hồ sơ chấm điểm về Sở Nội vụ ngày 01/11/2023" (439/KH-LĐLĐ, IV.1, IV.2).

local LINE = "- Thực hiện tự đánh giá, chấm điểm thi đua … trên địa bàn tỉnh Tây Ninh; gửi hồ sơ chấm điểm về Sở Nội vụ ngày 01/11/2023."

test("the self-scoring dossier goes to Sở Nội vụ on 01/11/2023", function()
  local additions = plugin.import({ lines = { "", LINE }, draft = {} })
  expect.equal(#additions, 1)
  local report = additions[1]
  expect.equal(report.field, "report")
  expect.equal(report.line, 2, "the line it was read from")
  expect.equal(report.title, "Hồ sơ chấm điểm")
  expect.equal(report.to, "Sở Nội vụ")
  expect.equal(report.deadline, "2023-11-01")
end)

test("a day written without its leading zero", function()
  local additions = plugin.import({ lines = { "gửi hồ sơ về Sở Nội vụ ngày 5/1/2024." }, draft = {} })
  expect.equal(additions[1].deadline, "2024-01-05")
end)

test("nothing to add in a text without the phrase", function()
  expect.equal(plugin.import({ lines = { "báo cáo kết quả về UBND tỉnh (qua Sở Nội vụ) chậm nhất ngày 01/11/2023." }, draft = {} }), nil)
end)
