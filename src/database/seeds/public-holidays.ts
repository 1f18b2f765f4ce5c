/**
 * Public holidays (Labour Code 2019 art. 112) as days off for the agencies, weekends excluded. Tết and compensatory
 * days follow each year's government decision: the administrator checks and completes them (PUT /calendar/holidays).
 */
export const PUBLIC_HOLIDAYS_SEED: ReadonlyArray<{ date: string; nameVi: string; nameEn: string }> = [
  { date: '2026-01-01', nameVi: 'Tết Dương lịch', nameEn: "New Year's Day" },
  ...['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'].map((date) => ({
    date,
    nameVi: 'Tết Nguyên đán Bính Ngọ',
    nameEn: 'Lunar New Year (Tết)',
  })),
  { date: '2026-04-27', nameVi: 'Nghỉ bù Giỗ Tổ Hùng Vương', nameEn: "Hùng Kings' Commemoration (compensatory)" },
  { date: '2026-04-30', nameVi: 'Ngày Giải phóng miền Nam', nameEn: 'Reunification Day' },
  { date: '2026-05-01', nameVi: 'Ngày Quốc tế Lao động', nameEn: "International Workers' Day" },
  { date: '2026-09-01', nameVi: 'Quốc khánh', nameEn: 'National Day' },
  { date: '2026-09-02', nameVi: 'Quốc khánh', nameEn: 'National Day' },
  { date: '2027-01-01', nameVi: 'Tết Dương lịch', nameEn: "New Year's Day" },
  ...['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'].map((date) => ({
    date,
    nameVi: 'Tết Nguyên đán Đinh Mùi',
    nameEn: 'Lunar New Year (Tết)',
  })),
  { date: '2027-04-16', nameVi: 'Giỗ Tổ Hùng Vương', nameEn: "Hùng Kings' Commemoration" },
  { date: '2027-04-30', nameVi: 'Ngày Giải phóng miền Nam', nameEn: 'Reunification Day' },
  { date: '2027-05-03', nameVi: 'Nghỉ bù Ngày Quốc tế Lao động', nameEn: "International Workers' Day (compensatory)" },
  { date: '2027-09-02', nameVi: 'Quốc khánh', nameEn: 'National Day' },
  { date: '2027-09-03', nameVi: 'Quốc khánh', nameEn: 'National Day' },
];
