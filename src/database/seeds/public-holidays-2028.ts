/**
 * Public holidays of 2028 (Labour Code 2019 art. 112) as the law fixes them, with compensatory days for those falling
 * on a weekend. Provisional until the government's decision for 2028 (Tết Mậu Thân: the exact break, any swapped
 * days): the administrator confirms or corrects them (PUT /calendar/holidays). Hùng Kings' day is 10/3 lunar = 4 April.
 */
export const PUBLIC_HOLIDAYS_2028: ReadonlyArray<{ date: string; nameVi: string; nameEn: string }> = [
  { date: '2028-01-01', nameVi: 'Tết Dương lịch', nameEn: "New Year's Day" },
  { date: '2028-01-03', nameVi: 'Nghỉ bù Tết Dương lịch', nameEn: "New Year's Day (compensatory)" },
  ...['2028-01-25', '2028-01-26', '2028-01-27', '2028-01-28', '2028-01-31'].map((date) => ({
    date,
    nameVi: 'Tết Nguyên đán Mậu Thân',
    nameEn: 'Lunar New Year (Tết)',
  })),
  { date: '2028-04-04', nameVi: 'Giỗ Tổ Hùng Vương', nameEn: "Hùng Kings' Commemoration" },
  { date: '2028-04-30', nameVi: 'Ngày Giải phóng miền Nam', nameEn: 'Reunification Day' },
  { date: '2028-05-01', nameVi: 'Ngày Quốc tế Lao động', nameEn: "International Workers' Day" },
  { date: '2028-05-02', nameVi: 'Nghỉ bù Ngày Giải phóng miền Nam', nameEn: 'Reunification Day (compensatory)' },
  { date: '2028-09-01', nameVi: 'Quốc khánh', nameEn: 'National Day' },
  { date: '2028-09-02', nameVi: 'Quốc khánh', nameEn: 'National Day' },
  { date: '2028-09-04', nameVi: 'Nghỉ bù Quốc khánh', nameEn: 'National Day (compensatory)' },
];
