-- Bến Tre: Công văn 558-CV/ĐUK of the Party Committee of the provincial agencies-and-enterprises
-- bloc, 11/3/2022.

--- Item 5: "Giao Ban Tuyên giáo Đảng ủy Khối tham mưu cho Ban Thường vụ Đảng ủy Khối … về nội
--- dung giám sát, phản biện xã hội": the bloc committee takes the supervision reports through
--- its propaganda and education commission.
local BLOC_COMMITTEE, PROPAGANDA_COMMISSION = "duk", "ban-tuyen-giao"

return {
  route = function(due)
    local routes, changed = {}, false
    for _, route in ipairs(due.routes) do
      local through = route.through
      if route.to == BLOC_COMMITTEE and through == nil then through = PROPAGANDA_COMMISSION end
      changed = changed or through ~= route.through
      routes[#routes + 1] = { to = route.to, through = through }
    end
    if changed then return routes end
  end,
}
