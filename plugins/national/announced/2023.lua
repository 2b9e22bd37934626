-- 2023 as announced for officials and public employees (Bộ Lao động - Thương binh và Xã hội's
-- notice for the year; Thủ tướng Chính phủ's agreement): the days off the law alone does not give.
return {
  -- Tết Quý Mão: Friday 20/01 to Thursday 26/01 (the five days of Tết with the days in lieu for
  -- Saturday 21/01 and Sunday 22/01, one of them moved before Tết).
  tet = { from = "2023-01-20", to = "2023-01-26" },
  off = {
    -- 30/4–1/5: Wednesday 03/05 off, worked on Saturday 06/05.
    { date = "2023-05-03", name = "Nghỉ hoán đổi (làm bù thứ Bảy 06/5/2023)" },
  },
  working = {
    { date = "2023-05-06", name = "Làm bù cho thứ Tư 03/5/2023" },
  },
}
