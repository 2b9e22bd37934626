-- 2024 as announced for officials and public employees (Bộ Lao động - Thương binh và Xã hội's
-- notice for the year): the days off the law alone does not give.
return {
  -- Tết Giáp Thìn: Thursday 08/02 to Wednesday 14/02 (the five days of Tết with the days in lieu
  -- for Saturday 10/02 and Sunday 11/02, one of them moved before Tết).
  tet = { from = "2024-02-08", to = "2024-02-14" },
  off = {
    -- 30/4–1/5: Monday 29/04 off, worked on Saturday 04/05.
    { date = "2024-04-29", name = "Nghỉ hoán đổi (làm bù thứ Bảy 04/5/2024)" },
  },
  working = {
    { date = "2024-05-04", name = "Làm bù cho thứ Hai 29/4/2024" },
  },
}
