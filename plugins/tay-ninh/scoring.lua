-- Tây Ninh's self-assessment scoring sheet (bảng điểm tự chấm) for the federation and its
-- district-level unions, Kế hoạch 439/KH-LĐLĐ, IV.1–IV.2: "Thực hiện tự đánh giá, chấm điểm thi
-- đua … theo nội dung bảng điểm ban hành kèm theo Quyết định số 1563/QĐ-UBND ngày 01/8/2022".
--
-- ILLUSTRATIVE: the text of QĐ 1563/QĐ-UBND is not in this repository. This sheet takes its
-- criteria from the plan's own content (II.1, II.3, II.4, III.3 and the report of IV) and gives
-- each 20 points, with the usual rating bands. Replace CRITERIA and BANDS with the decision's own
-- before relying on a total.
local baocao = require "baocao"

local BANDS = { { 90, "Tốt" }, { 70, "Khá" }, { 50, "Trung bình" }, { 0, "Yếu" } }

--- The latest submissions of one unit, and those of the units below it, by report.
local function gather(request)
  local own, below = {}, {}
  local period_end = request.period.last_day
  local children = {}
  for _, child in ipairs(baocao.units.children(request.unit.id, period_end)) do children[child.id] = child end
  for _, submission in ipairs(request.submissions) do
    if submission.unit.id == request.unit.id then
      own[submission.obligation.id] = submission
    elseif children[submission.unit.id] then
      below[#below + 1] = submission
    end
  end
  return own, below, children
end

local function share(count, total, points)
  if total == 0 then return 0 end
  return math.floor(count / total * points * 10 + 0.5) / 10
end

return function(request)
  if request.unit.level ~= "province" and request.unit.level ~= "district" then return nil end
  local own, below, children = gather(request)
  local report = own["bao-cao-ket-qua"]
  local criteria = {}

  -- II.1: officials trained in the Party's and State's directives on mass mobilisation.
  local total = report and report.values.can_bo_tong or 0
  local trained = report and report.values.can_bo_hoc_tap or 0
  criteria[#criteria + 1] = { id = "II.1", title = "Quán triệt, học tập các văn bản về công tác dân vận", max = 20,
    points = share(trained, total, 20),
    evidence = report and string.format("%d/%d cán bộ, công chức, viên chức được học tập, quán triệt", trained, total)
      or "chưa có báo cáo kết quả" }

  -- III.3: a plan for government mass-mobilisation work.
  local planned = report ~= nil and report.values.co_ke_hoach == true
  criteria[#criteria + 1] = { id = "III.3", title = "Xây dựng Kế hoạch thực hiện công tác dân vận chính quyền", max = 20,
    points = planned and 20 or 0,
    evidence = report and (planned and "có Kế hoạch" or "chưa có Kế hoạch") or "chưa có báo cáo kết quả" }

  -- II.3 and II.4: the grassroots unions below it, from their self-assessments.
  local agencies, democratic, reporting, good = 0, 0, 0, 0
  for _, child in pairs(children) do
    if child.kind == "public-agency" then agencies = agencies + 1 end
  end
  local units_below = 0
  for _ in pairs(children) do units_below = units_below + 1 end
  for _, submission in ipairs(below) do
    if submission.obligation.id == "tu-danh-gia-cdcs" then
      reporting = reporting + 1
      if submission.unit.kind == "public-agency" and submission.values.thuc_hien_dan_chu == true then
        democratic = democratic + 1
      end
      if submission.values.xep_loai == "Tốt" then good = good + 1 end
    end
  end
  criteria[#criteria + 1] = { id = "II.3", title = "Thực hiện dân chủ ở cơ sở", max = 20,
    points = share(democratic, agencies, 20),
    evidence = string.format("%d/%d CĐCS đơn vị hành chính, sự nghiệp thực hiện tốt dân chủ", democratic, agencies) }
  criteria[#criteria + 1] = { id = "II.4", title = "Phong trào thi đua \"Dân vận khéo\"", max = 20,
    points = share(good, units_below, 20),
    evidence = string.format("%d/%d CĐCS tự xếp loại Tốt (%d đã gửi tự đánh giá)", good, units_below, reporting) }

  -- IV: the year's report to UBND tỉnh (qua Sở Nội vụ), on time. Its first arrival decides, as
  -- the status counts it: a correction sent after the deadline does not make an on-time report late.
  local points, evidence = 0, "chưa gửi báo cáo"
  if report then
    local day = report.first_received:sub(1, 10)
    if report.obligation.deadline == nil or day <= report.obligation.deadline then
      points, evidence = 20, "gửi báo cáo ngày " .. day .. ", đúng hạn"
    else
      points, evidence = 10, "gửi báo cáo ngày " .. day .. ", chậm hạn " .. report.obligation.deadline
    end
  end
  criteria[#criteria + 1] = { id = "IV", title = "Báo cáo kết quả về UBND tỉnh (qua Sở Nội vụ) đúng hạn", max = 20,
    points = points, evidence = evidence }

  local sum = 0
  for _, criterion in ipairs(criteria) do sum = sum + criterion.points end
  local rating
  for _, band in ipairs(BANDS) do
    if sum >= band[1] then rating = band[2] break end
  end
  return { criteria = criteria, rating = rating }
end
