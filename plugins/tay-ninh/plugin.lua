-- Tây Ninh: Kế hoạch 439/KH-LĐLĐ of the provincial Labour Federation, 09/5/2023.

--- IV.1 and IV.2: "báo cáo … về UBND tỉnh (qua Sở Nội vụ)". Government mass-mobilisation work
--- is reported to the provincial People's Committee through the Department of Home Affairs.
local PEOPLES_COMMITTEE = "ubnd-tinh"
local HOME_AFFAIRS = "so-noi-vu"

return {
  --- A plan "… năm 2023" covers that year: no reports for the years after it.
  periods = function(request)
    local year = request.directive.subject:match("năm (%d%d%d%d)%s*$")
    if year == nil or tonumber(year) == request.year then return nil end
    return {}
  end,

  route = function(due)
    local routes, changed = {}, false
    for _, route in ipairs(due.routes) do
      local through = route.through
      if route.to == PEOPLES_COMMITTEE then through = HOME_AFFAIRS end
      changed = changed or through ~= route.through
      routes[#routes + 1] = { to = route.to, through = through }
    end
    if changed then return routes end
  end,
}
