import type { DurationFigure, StatisticsFigures } from './statistics-figures';

export type ExportLanguage = 'vi' | 'en';

/** One line of the figures sheet: group, indicator, agency (blank for the province), value. */
export type StatisticsRow = [group: string, indicator: string, agencyCode: string, value: number | string];

const T = {
  vi: {
    headers: ['Nhóm chỉ tiêu', 'Chỉ tiêu', 'Đơn vị', 'Giá trị'],
    tips: 'Tin báo, tố giác tội phạm',
    received: 'Tiếp nhận',
    resolved: 'Đã giải quyết',
    resolvedOnTime: 'Giải quyết đúng hạn',
    resolvedLate: 'Giải quyết quá hạn',
    confirmed: 'Khởi tố (có dấu hiệu tội phạm)',
    unfounded: 'Không khởi tố',
    victims: 'Nạn nhân',
    identified: 'Được xác định là nạn nhân',
    supported: 'Được hỗ trợ',
    rescues: 'Giải cứu',
    carriedOut: 'Số cuộc giải cứu',
    personsRescued: 'Số người được giải cứu',
    prosecution: 'Truy tố, xét xử',
    casesProsecuted: 'Vụ án bị truy tố',
    casesTried: 'Vụ án đã xét xử',
    convicted: 'Vụ án có bản án kết tội',
    deadlines: 'Việc theo thời hạn',
    openInTime: 'Đang giải quyết – trong hạn',
    openOverdue: 'Đang giải quyết – quá hạn',
    closedOnTime: 'Đã giải quyết – đúng hạn',
    closedLate: 'Đã giải quyết – quá hạn',
    durations: 'Thời gian xử lý (ngày)',
    toVerify: 'Xác minh tin báo',
    toRescue: 'Giải cứu',
    toRepatriate: 'Đưa nạn nhân về nơi cư trú',
    toIndictment: 'Đến quyết định truy tố',
    count: 'số lượng',
    median: 'trung vị',
    p90: 'phân vị 90',
    kpis: 'Chỉ tiêu chương trình (QĐ 193/QĐ-TTg; KH 19/KH-BCĐ138/CP)',
    kpi: {
      tipsReceived: 'Tin báo được tiếp nhận, phân loại',
      tipsResolved: 'Tin báo được giải quyết',
      casesProsecuted: 'Vụ án được truy tố',
      casesTried: 'Vụ án được đưa ra xét xử',
      deadlineCompliance: 'Giải quyết đúng thời hạn luật định',
    },
    percent: 'tỷ lệ (%)',
    target: 'chỉ tiêu',
    atLeast: 'ít nhất',
    moreThan: 'trên',
    met: 'Đạt',
    notMet: 'Chưa đạt',
    escalations: 'Cảnh báo chưa xác nhận',
    level: 'Cấp',
    support: {
      MEDICAL: 'Y tế',
      PSYCHOLOGICAL: 'Tâm lý',
      LEGAL_AID: 'Trợ giúp pháp lý',
      EDUCATION: 'Học văn hóa',
      VOCATIONAL: 'Học nghề, việc làm',
      ALLOWANCE: 'Trợ cấp khó khăn ban đầu, vay vốn',
    },
  },
  en: {
    headers: ['Group', 'Indicator', 'Agency', 'Value'],
    tips: 'Crime reports and tips',
    received: 'Received',
    resolved: 'Resolved',
    resolvedOnTime: 'Resolved within the legal time',
    resolvedLate: 'Resolved late',
    confirmed: 'Prosecution opened',
    unfounded: 'Not prosecuted',
    victims: 'Victims',
    identified: 'Identified as victims',
    supported: 'Supported',
    rescues: 'Rescues',
    carriedOut: 'Rescue operations',
    personsRescued: 'Persons rescued',
    prosecution: 'Prosecution and trial',
    casesProsecuted: 'Cases prosecuted',
    casesTried: 'Cases tried',
    convicted: 'Cases with a conviction',
    deadlines: 'Items by deadline',
    openInTime: 'Open – within time',
    openOverdue: 'Open – overdue',
    closedOnTime: 'Closed – on time',
    closedLate: 'Closed – late',
    durations: 'Time taken (days)',
    toVerify: 'Tip verification',
    toRescue: 'Rescue',
    toRepatriate: 'Return home of the victim',
    toIndictment: 'To the indictment',
    count: 'count',
    median: 'median',
    p90: '90th percentile',
    kpis: 'Programme targets (Decision 193/QĐ-TTg; plan 19/KH-BCĐ138/CP)',
    kpi: {
      tipsReceived: 'Tips received and classified',
      tipsResolved: 'Tips resolved',
      casesProsecuted: 'Cases prosecuted',
      casesTried: 'Cases brought to trial',
      deadlineCompliance: 'Resolved within the legal time limit',
    },
    percent: 'share (%)',
    target: 'target',
    atLeast: 'at least',
    moreThan: 'more than',
    met: 'Met',
    notMet: 'Not met',
    escalations: 'Open escalations',
    level: 'Level',
    support: {
      MEDICAL: 'Medical',
      PSYCHOLOGICAL: 'Psychological',
      LEGAL_AID: 'Legal aid',
      EDUCATION: 'Schooling',
      VOCATIONAL: 'Vocational training, jobs',
      ALLOWANCE: 'Initial hardship allowance, loans',
    },
  },
} as const;

export const statisticsHeaders = (lang: ExportLanguage): string[] => [...T[lang].headers];

/** The figures as the lines of the export, in the order the report reads, labelled in the chosen language. */
export function statisticsRows(f: StatisticsFigures, lang: ExportLanguage): StatisticsRow[] {
  const t = T[lang];
  const all = f.agencyCode ?? '';
  const rows: StatisticsRow[] = [
    [t.tips, t.received, all, f.tips.received],
    [t.tips, t.resolved, all, f.tips.resolved],
    [t.tips, t.resolvedOnTime, all, f.tips.resolvedOnTime],
    [t.tips, t.resolvedLate, all, f.tips.resolvedLate],
    [t.tips, t.confirmed, all, f.tips.confirmed],
    [t.tips, t.unfounded, all, f.tips.unfounded],
    [t.victims, t.identified, all, f.victims.identified],
    ...f.victims.supported.map((s): StatisticsRow => [t.victims, `${t.supported}: ${t.support[s.kind]}`, all, s.count]),
    [t.rescues, t.carriedOut, all, f.rescues.carriedOut],
    [t.rescues, t.personsRescued, all, f.rescues.personsRescued],
    [t.prosecution, t.casesProsecuted, all, f.prosecution.casesProsecuted],
    [t.prosecution, t.casesTried, all, f.prosecution.casesTried],
    [t.prosecution, t.convicted, all, f.prosecution.convicted],
  ];
  for (const a of f.deadlinesByAgency)
    rows.push(
      [t.deadlines, t.openInTime, a.agencyCode, a.openInTime],
      [t.deadlines, t.openOverdue, a.agencyCode, a.openOverdue],
      [t.deadlines, t.closedOnTime, a.agencyCode, a.closedOnTime],
      [t.deadlines, t.closedLate, a.agencyCode, a.closedLate],
    );
  const duration = (name: string, d: DurationFigure): StatisticsRow[] => [
    [t.durations, `${name} – ${t.count}`, all, d.count],
    [t.durations, `${name} – ${t.median}`, all, d.medianDays ?? ''],
    [t.durations, `${name} – ${t.p90}`, all, d.p90Days ?? ''],
  ];
  rows.push(
    ...duration(t.toVerify, f.durations.toVerify),
    ...duration(t.toRescue, f.durations.toRescue),
    ...duration(t.toRepatriate, f.durations.toRepatriate),
    ...duration(t.toIndictment, f.durations.toIndictment),
  );
  for (const e of f.openEscalations) rows.push([t.escalations, `${t.level} ${e.level} (${e.target})`, e.agencyCode, e.count]);
  // Each target: its share (blank when nothing was measured) and, where the programme sets one, met or not in words.
  for (const k of f.kpis) {
    rows.push([t.kpis, `${t.kpi[k.key]} – ${t.percent}`, all, k.percent ?? '']);
    if (k.targetPercent !== null && k.met !== null)
      rows.push([
        t.kpis,
        `${t.kpi[k.key]} – ${t.target} ${k.comparison === 'MORE_THAN' ? t.moreThan : t.atLeast} ${k.targetPercent} %`,
        all,
        k.met ? t.met : t.notMet,
      ]);
  }
  return rows;
}
