-- Tây Ninh: Kế hoạch 439/KH-LĐLĐ of the provincial Labour Federation, 09/5/2023.
local scoring = require "scoring"
local import_patterns = require "import"

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

  --- Target III.1 counts officials trained over officials ("100% cán bộ, công chức, viên chức
  --- được học tập, quán triệt"): a report with more trained than there are is a typing mistake,
  --- and one with nobody trained deserves a second look.
  validate = function(submission)
    local values = submission.values
    local total, trained = values.can_bo_tong, values.can_bo_hoc_tap
    if total == nil or trained == nil then return nil end
    if trained > total then
      return { { field = "can_bo_hoc_tap",
                 message = string.format("%d cán bộ được học tập, quán triệt nhưng tổng số chỉ có %d; kiểm tra lại số liệu",
                                         trained, total) } }
    end
    if trained == 0 and total > 0 then
      return { { field = "can_bo_hoc_tap", level = "warning",
                 message = "chưa có cán bộ nào được học tập, quán triệt; kiểm tra lại nếu đây là lỗi nhập liệu" } }
    end
  end,

  --- IV.1–IV.2: the self-assessment scoring sheet (see scoring.lua: illustrative until QĐ
  --- 1563/QĐ-UBND's own criteria are put in).
  score = scoring,

  --- IV.1: "gửi hồ sơ chấm điểm về Sở Nội vụ". The report says, under the table of scores, which
  --- unions' self-scoring dossiers go with it to Sở Nội vụ under QĐ 1563/QĐ-UBND — only those
  --- received (doc.obligations holds each report's figures), and names those still missing.
  document = function(block, doc)
    if doc.kind ~= "consolidated-report" or block.type ~= "table" then return nil end
    if not (block.caption or ""):find("chấm điểm", 1, true) then return nil end
    local dossiers
    for _, obligation in ipairs(doc.obligations or {}) do
      if obligation.id == "ho-so-cham-diem" then dossiers = obligation end
    end
    if dossiers == nil or dossiers.received == 0 then
      return { block, baocao.document.paragraph("Chưa đơn vị nào gửi hồ sơ tự đánh giá, chấm điểm theo bảng điểm ban hành kèm theo "
        .. "Quyết định số 1563/QĐ-UBND ngày 01/8/2022 của Chủ tịch UBND tỉnh.") }
    end
    local text = string.format("Hồ sơ tự đánh giá, chấm điểm của %d/%d đơn vị theo bảng điểm ban hành kèm theo "
      .. "Quyết định số 1563/QĐ-UBND ngày 01/8/2022 của Chủ tịch UBND tỉnh được gửi kèm báo cáo này về Sở Nội vụ",
      dossiers.received, dossiers.expected)
    local missing = {}
    for _, name in ipairs(dossiers.missing_units) do missing[#missing + 1] = name end
    if #missing > 0 then
      text = text .. "; các đơn vị chưa gửi hồ sơ: " .. table.concat(missing, ", ")
    end
    return { block, baocao.document.paragraph(text .. ".") }
  end,
  --- `baocao import`: "gửi hồ sơ chấm điểm về Sở Nội vụ ngày 01/11/2023" (see import.lua).
  import = import_patterns,
}
