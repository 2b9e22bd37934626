-- Cao Bằng: official letter of the provincial Labour Federation, 10/10/2019 (its transcribed text
-- carries no number): "báo cáo kết quả về LĐLĐ tỉnh theo báo cáo định kỳ hàng tháng, quý, năm".
local baocao = require "baocao"

--- The clerical office (Văn thư) archives every letter; the other entry of the archive line is the
--- department that drafted the letter and follows it up: "Lưu: VT, Ban CSPLKT (Ngh)". Reports
--- answering the letter go to the federation through that department.
local CLERICAL_OFFICE = "VT"

--- The department of `unit` named in `archive`, matched on its short name.
local function archiving_department(unit, archive)
  for _, entry in ipairs(archive) do
    local name = entry:gsub("%s*%b()%s*$", "") -- "Ban CSPLKT (Ngh)": the initials are the drafter's
    if name ~= CLERICAL_OFFICE then
      for _, department in ipairs(unit.departments) do
        if department.short_name == name or department.name == name then return department.id end
      end
    end
  end
end

return {
  route = function(due)
    local issuer = due.directive.issuer.unit
    if issuer == nil then return nil end
    local routes, changed = {}, false
    for _, route in ipairs(due.routes) do
      local through = route.through
      if route.to == issuer and through == nil then
        through = archiving_department(baocao.units.get(issuer), due.directive.archive)
      end
      changed = changed or through ~= route.through
      routes[#routes + 1] = { to = route.to, through = through }
    end
    if changed then return routes end
  end,
}
