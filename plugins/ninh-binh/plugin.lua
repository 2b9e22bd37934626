-- Ninh Bình: Kế hoạch 22/KH-LĐLĐ of the provincial Labour Federation, 18/4/2023.
local baocao = require "baocao"
local cutoff = require "national.cutoff"

--- The federation takes reports and feedback through its policy department: "về LĐLĐ tỉnh
--- (qua Ban CSPL&QHLĐ)" (task 2.5 and the plan's closing paragraph).
local FEDERATION, POLICY_DEPARTMENT = "ldld-tinh", "ban-cspl-qhld"

--- Task 1.5: the federation reports to Tổng Liên đoàn and Tỉnh ủy "theo quy định". The union's
--- regulation is six-monthly and yearly; the receivers' desks are those of the plan's Nơi nhận
--- ("Ban QHLĐ Tổng Liên đoàn", "Ban DVTU").
local REGULATED_PERIODS = { "six-months", "year" }
local DESKS = { tld = "ban-qhld", ["tinh-uy"] = "ban-dan-van" }

return {
  periods = function(request)
    if #request.obligation.periods > 0 then return nil end -- the plan names them itself
    -- Longest first: the year's report stands for the second half-year, which ends the same day.
    local taken, result = {}, {}
    for i = #REGULATED_PERIODS, 1, -1 do
      for _, period in ipairs(baocao.period.of_year(REGULATED_PERIODS[i], request.year)) do
        if not taken[period.last_day] and period.last_day >= request.directive.date then
          taken[period.last_day] = true
          local from, to = cutoff(period)
          result[#result + 1] = { id = period.id, cutoff_from = from, cutoff_to = to, last_day = period.last_day }
        end
      end
    end
    table.sort(result, function(a, b) return a.last_day < b.last_day end)
    return result
  end,

  route = function(due)
    local routes, changed = {}, false
    for _, route in ipairs(due.routes) do
      local through = route.through
      if through == nil and route.to == FEDERATION then through = POLICY_DEPARTMENT end
      if through == nil and DESKS[route.to] then through = DESKS[route.to] end
      changed = changed or through ~= route.through
      routes[#routes + 1] = { to = route.to, through = through }
    end
    if changed then return routes end
  end,
}
