-- Tây Ninh's phrasing for `baocao import`.
--
-- Kế hoạch 439/KH-LĐLĐ, IV.1 and IV.2, end each with "…; gửi hồ sơ chấm điểm về Sở Nội vụ ngày
-- 01/11/2023." The built-in rules read a deadline after "chậm nhất" or "trước" in a sentence that
-- says "báo cáo"; Tây Ninh also sends its self-scoring dossier ("hồ sơ") to Sở Nội vụ *on* a day.
-- This hook adds that report: to the body named after "về", due on the day after "ngày".

--- "hồ sơ chấm điểm" as "Hồ sơ chấm điểm".
local function capitalised(text)
  return text:sub(1, 1):upper() .. text:sub(2)
end

return function(request)
  local additions = {}
  for number, line in ipairs(request.lines) do
    local what, to, day, month, year = line:match("gửi (hồ sơ[^;]-) về ([^;]-) ngày (%d%d?)/(%d%d?)/(%d%d%d%d)")
    if what then
      additions[#additions + 1] = {
        field = "report",
        line = number,
        title = capitalised(what),
        to = to,
        deadline = string.format("%04d-%02d-%02d", tonumber(year), tonumber(month), tonumber(day)),
        quote = line:match("(gửi hồ sơ.-)%**%s*$") or line,
      }
    end
  end
  if #additions > 0 then return additions end
end
