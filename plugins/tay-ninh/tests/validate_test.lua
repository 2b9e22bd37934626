-- Tây Ninh: checks of a year report before it is stored.

local function report(total, trained)
  return { values = { can_bo_tong = total, can_bo_hoc_tap = trained } }
end

test("more officials trained than officials is refused, on the trained column", function()
  local findings = plugin.validate(report(64, 70))
  expect.equal(#findings, 1)
  expect.equal(findings[1].field, "can_bo_hoc_tap")
  expect.equal(findings[1].level, nil, "no level: an error")
  expect.truthy(findings[1].message:find("70 cán bộ", 1, true))
end)

test("nobody trained is a warning; a plausible report passes", function()
  expect.equal(plugin.validate(report(64, 0))[1].level, "warning")
  expect.equal(plugin.validate(report(64, 60)), nil)
  expect.equal(plugin.validate({ values = { co_ke_hoach = true } }), nil, "other reports are not checked")
end)
