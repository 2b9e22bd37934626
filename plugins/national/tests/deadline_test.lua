-- Default deadlines and the one-working-day rule of Nghị định 09/2019/NĐ-CP.

local function due(fields)
  fields.period = fields.period or baocao.period.parse("2023-H1")
  return fields
end

test("without a deadline in the directive: the 20th of the period's last month", function()
  expect.equal(plugin.deadline(due({})), "2023-06-20")
  expect.equal(plugin.deadline(due({ period = baocao.period.parse("2023-05") })), "2023-05-22",
    "20 May 2023 is a Saturday: the next working day")
end)

test("a lower body reports at least one working day before its receiver", function()
  expect.equal(plugin.deadline(due({ receiver_deadline = "2023-06-20" })), "2023-06-19")
  expect.equal(plugin.deadline(due({ deadline = "2023-11-01", receiver_deadline = "2023-11-01" })), "2023-10-31")
  expect.equal(plugin.deadline(due({ deadline = "2023-06-01", receiver_deadline = "2023-06-20" })), nil,
    "an earlier deadline is kept")
end)

test("Ninh Bình's chain: the province by 20/6, districts by 19/6, grassroots unions by 16/6", function()
  local deadlines = {}
  for _, report in ipairs(schedule({ from = "2023-06-01", to = "2023-06-30" })) do
    deadlines[report.unit] = report.deadline
  end
  expect.equal(deadlines["ldld-tinh"], "2023-06-20")
  expect.equal(deadlines["ldld-gia-vien"], "2023-06-19")
  local grassroots = baocao.units.children("ldld-gia-vien", "2023-06-30")[1]
  expect.equal(deadlines[grassroots.id], "2023-06-16", "Monday 19 less one working day is Friday 16")
end)
