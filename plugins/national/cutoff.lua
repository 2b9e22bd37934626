-- Data cut-off windows of Nghị định 09/2019/NĐ-CP, Điều 12 khoản 1 ("thời gian chốt số liệu").
-- Other plugins may `require "national.cutoff"` to give the same windows to periods they add.
local baocao = require "baocao"

local date = baocao.date

--- The cut-off window of a period: from, to (ISO dates).
---@param period baocao.Period
---@return string from, string to
return function(period)
  local y = period.year
  if period.kind == "month" then
    -- from the 15th of the month before to the 14th of the month itself
    local m = period.index
    local from = m == 1 and date.make(y - 1, 12, 15) or date.make(y, m - 1, 15)
    return from, date.make(y, m, 14)
  elseif period.kind == "quarter" then
    -- from the 15th of the month before the quarter to the 14th of its last month
    local first = (period.index - 1) * 3 + 1
    local from = first == 1 and date.make(y - 1, 12, 15) or date.make(y, first - 1, 15)
    return from, date.make(y, first + 2, 14)
  elseif period.kind == "six-months" then
    -- first half: 15 December of the year before to 14 June; second half: 15 June to 14 December
    if period.index == 1 then return date.make(y - 1, 12, 15), date.make(y, 6, 14) end
    return date.make(y, 6, 15), date.make(y, 12, 14)
  elseif period.kind == "nine-months" then
    -- the same pattern: 15 December of the year before to 14 September
    return date.make(y - 1, 12, 15), date.make(y, 9, 14)
  else
    -- a year: 15 December of the year before to 14 December
    return date.make(y - 1, 12, 15), date.make(y, 12, 14)
  end
end
