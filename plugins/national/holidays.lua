-- Vietnamese public holidays (Bộ luật Lao động 2019, Điều 112; from ../shared/data/holidays.yaml).
-- The lunar holidays are given as the solar date of the lunar day, computed for Vietnam.
return {
  fixed = {
    { "01-01", "Tết Dương lịch" },
    { "04-30", "Ngày Chiến thắng" },
    { "05-01", "Ngày Quốc tế Lao động" },
    { "09-02", "Quốc khánh" },
  },
  -- Mùng 1 Tết: five days off, the last day of the old year and the four days after it.
  tet = {
    [2019] = "2019-02-05", [2020] = "2020-01-25", [2021] = "2021-02-12", [2022] = "2022-02-01",
    [2023] = "2023-01-22", [2024] = "2024-02-10", [2025] = "2025-01-29", [2026] = "2026-02-17",
    [2027] = "2027-02-06",
  },
  -- Giỗ Tổ Hùng Vương, 10th day of the 3rd lunar month: one day.
  hung_kings = {
    [2019] = "2019-04-14", [2020] = "2020-04-02", [2021] = "2021-04-21", [2022] = "2022-04-10",
    [2023] = "2023-04-29", [2024] = "2024-04-18", [2025] = "2025-04-07", [2026] = "2026-04-26",
    [2027] = "2027-04-16",
  },
  -- The years whose days off were announced (announced/<year>.lua: Tết as announced, swapped days
  -- off and the weekend days worked instead). Other years follow the law alone.
  announced = { [2023] = true, [2024] = true, [2025] = true },
}
