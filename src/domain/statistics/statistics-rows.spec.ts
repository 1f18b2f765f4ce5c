import { SupportKind } from '../reception/support-kind';
import { programmeKpi } from './programme-kpi';
import type { StatisticsFigures } from './statistics-figures';
import { statisticsHeaders, statisticsRows } from './statistics-rows';

const none = { count: 0, medianDays: null, p90Days: null };
const figures: StatisticsFigures = {
  from: '2026-11-01T00:00:00.000Z',
  to: '2026-12-01T00:00:00.000Z',
  agencyCode: null,
  computedAt: '2026-11-28T00:00:00.000Z',
  tips: { received: 5, resolved: 3, resolvedOnTime: 2, resolvedLate: 1, confirmed: 2, unfounded: 1 },
  victims: { identified: 1, supported: [{ kind: SupportKind.MEDICAL, count: 1 }] },
  rescues: { carriedOut: 1, personsRescued: 4 },
  prosecution: { casesProsecuted: 0, casesTried: 0, convicted: 0 },
  deadlinesByAgency: [{ agencyCode: 'CA_TINH_CSDT', openInTime: 1, openOverdue: 2, closedOnTime: 3, closedLate: 4 }],
  durations: { toVerify: { count: 2, medianDays: 1.5, p90Days: 9 }, toRescue: none, toRepatriate: none, toIndictment: none },
  openEscalations: [{ level: 1, target: 'AGENCY_HEAD', agencyCode: 'CA_TINH_CSDT', count: 2 }],
  kpis: [programmeKpi('tipsResolved', 3, 5), programmeKpi('casesTried', 0, 0), programmeKpi('deadlineCompliance', 3, 7)],
};

describe('statisticsRows', () => {
  it('labels every figure in Vietnamese by default wording, with the agency where it is per agency', () => {
    const rows = statisticsRows(figures, 'vi');
    expect(statisticsHeaders('vi')).toEqual(['Nhóm chỉ tiêu', 'Chỉ tiêu', 'Đơn vị', 'Giá trị']);
    expect(rows).toContainEqual(['Tin báo, tố giác tội phạm', 'Giải quyết đúng hạn', '', 2]);
    expect(rows).toContainEqual(['Nạn nhân', 'Được hỗ trợ: Y tế', '', 1]);
    expect(rows).toContainEqual(['Việc theo thời hạn', 'Đang giải quyết – quá hạn', 'CA_TINH_CSDT', 2]);
    expect(rows).toContainEqual(['Thời gian xử lý (ngày)', 'Xác minh tin báo – trung vị', '', 1.5]);
    expect(rows).toContainEqual(['Thời gian xử lý (ngày)', 'Giải cứu – trung vị', '', '']);
    expect(rows).toContainEqual(['Cảnh báo chưa xác nhận', 'Cấp 1 (AGENCY_HEAD)', 'CA_TINH_CSDT', 2]);
  });

  it('gives each programme target its share and, where there is a target and a measure, met or not in words', () => {
    const rows = statisticsRows(figures, 'vi').filter((r) => r[0].startsWith('Chỉ tiêu chương trình'));
    expect(rows.map((r) => [r[1], r[3]])).toEqual([
      ['Tin báo được giải quyết – tỷ lệ (%)', 60],
      ['Tin báo được giải quyết – chỉ tiêu trên 90 %', 'Chưa đạt'],
      ['Vụ án được đưa ra xét xử – tỷ lệ (%)', ''],
      ['Giải quyết đúng thời hạn luật định – tỷ lệ (%)', 42.9],
    ]);
    expect(statisticsRows(figures, 'en')).toContainEqual([
      'Programme targets (Decision 193/QĐ-TTg; plan 19/KH-BCĐ138/CP)',
      'Tips resolved – target more than 90 %',
      '',
      'Not met',
    ]);
  });

  it('gives the same lines in English on request', () => {
    const vi = statisticsRows(figures, 'vi');
    const en = statisticsRows(figures, 'en');
    // The same numbers line by line; only words (a target met or not) are translated.
    const numbers = (rows: typeof vi) => rows.map((r) => (typeof r[3] === 'number' ? r[3] : null));
    expect(numbers(en)).toEqual(numbers(vi));
    expect(en.length).toBe(vi.length);
    expect(en[2]).toEqual(['Crime reports and tips', 'Resolved within the legal time', '', 2]);
  });
});
