-- 2025 as announced for officials and public employees (Bộ Lao động - Thương binh và Xã hội's
-- notice for the year): the days off the law alone does not give.
return {
  -- Tết Ất Tỵ: Saturday 25/01 to Sunday 02/02, Monday 27/01 swapped for Saturday 08/02.
  tet = { from = "2025-01-25", to = "2025-02-02" },
  off = {
    -- 30/4–1/5: Friday 02/05 off, worked on Saturday 26/04.
    { date = "2025-05-02", name = "Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)" },
  },
  working = {
    { date = "2025-02-08", name = "Làm bù cho thứ Hai 27/01/2025" },
    { date = "2025-04-26", name = "Làm bù cho thứ Sáu 02/5/2025" },
  },
}
