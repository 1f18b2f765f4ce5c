import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../../common/auth/auth-user';
import { toLocalIso } from '../../common/to-local-iso';
import { isAdministrator } from '../../domain/access/access-rules';
import { Role } from '../../domain/role';
import { csvLine } from '../../domain/statistics/csv-line';
import { ExportLanguage, statisticsHeaders, statisticsRows } from '../../domain/statistics/statistics-rows';
import { AuditService } from '../audit/audit.service';
import type { StatisticsPeriod } from './statistics-period';
import { MAX_EXPORTED_TIPS, StatisticsService } from './statistics.service';
import { buildWorkbook, Sheet } from './workbook';

const TIP_HEADERS = {
  vi: [
    'Mã tin báo',
    'Thời điểm tiếp nhận',
    'Kênh',
    'Mức khẩn',
    'Trạng thái',
    'Cơ quan xác minh',
    'Địa điểm',
    'Nội dung tóm tắt',
    'Thời điểm giải quyết',
    'Hạn giải quyết',
    'Đúng hạn',
  ],
  en: ['Tip reference', 'Received at', 'Channel', 'Urgency', 'Status', 'Verifying agency', 'Location', 'Summary', 'Resolved at', 'Due at', 'On time'],
};
/** Location and summary: free text about victims and suspects, exported only with a stated reason. */
const NARRATIVE_COLUMNS = [6, 7];
const YES_NO = { vi: ['Có', 'Không'], en: ['Yes', 'No'] };
const TITLE = { vi: 'Thống kê phòng, chống mua bán người', en: 'Anti-trafficking statistics' };
const PERIOD = { vi: 'Kỳ báo cáo', en: 'Period' };
const AGENCY = { vi: 'Đơn vị', en: 'Agency' };
const PROVINCE = { vi: 'Toàn tỉnh', en: 'Whole province' };
const TRUNCATED = { vi: `Chỉ liệt kê ${MAX_EXPORTED_TIPS} tin báo đầu tiên`, en: `Only the first ${MAX_EXPORTED_TIPS} tips are listed` };

export interface ExportFile {
  name: string;
  content: Buffer;
}

/** Exports of the statistics: the figures for every reader, the period's tips only for coordinators; each one audited. */
@Injectable()
export class StatisticsExportService {
  constructor(
    private readonly statistics: StatisticsService,
    private readonly audit: AuditService,
  ) {}

  /**
   * `reason`: why the narratives (a tip's location and summary) are needed; without one the tips sheet leaves those
   * columns out. The reason is kept in the audit row.
   */
  async export(user: AuthUser, period: StatisticsPeriod, lang: ExportLanguage, format: 'xlsx' | 'csv', reason?: string): Promise<ExportFile> {
    const figures = await this.statistics.figures({ ...period, by: undefined });
    // Separation of duties: an administrator who also coordinates gets the figures, never the tips' narratives.
    const withTips = user.roles.includes(Role.COORDINATOR) && !isAdministrator(user);
    const narratives = withTips && Boolean(reason);
    const tips = withTips ? await this.statistics.tipRows(period) : [];
    const keep = <T>(row: T[]) => (narratives ? row : row.filter((_, i) => !NARRATIVE_COLUMNS.includes(i)));
    const day = (d: Date) => (toLocalIso(d) ?? '').slice(0, 10);
    const preamble = [
      TITLE[lang],
      `${PERIOD[lang]}: ${toLocalIso(period.from)} – ${toLocalIso(period.to)}`,
      `${AGENCY[lang]}: ${period.agencyCode ?? PROVINCE[lang]}`,
    ];
    const sheets: Sheet[] = [
      { name: lang === 'vi' ? 'Thống kê' : 'Statistics', preamble, headers: statisticsHeaders(lang), rows: statisticsRows(figures, lang) },
    ];
    if (withTips)
      sheets.push({
        name: lang === 'vi' ? 'Tin báo' : 'Tips',
        preamble: tips.length === MAX_EXPORTED_TIPS ? [TRUNCATED[lang]] : [],
        headers: keep(TIP_HEADERS[lang]),
        rows: tips.map((t) =>
          keep([
            t.reference,
            toLocalIso(t.received_at),
            t.channel,
            t.urgency,
            t.status,
            t.investigating_agency_code,
            t.location,
            t.summary,
            toLocalIso(t.completed_at),
            toLocalIso(t.due_at),
            t.completed_at ? YES_NO[lang][t.completed_at <= t.due_at ? 0 : 1] : '',
          ]),
        ),
      });
    const content = format === 'xlsx' ? await buildWorkbook(sheets) : csvOf(sheets);
    await this.audit.record({
      actorId: user.userId,
      action: 'STATISTICS_EXPORTED',
      subjectType: 'STATISTICS',
      subjectId: `${figures.from}/${figures.to}`,
      // The tips the file names (references only), as every audited read names its subjects.
      detail: {
        format,
        lang,
        agencyCode: period.agencyCode,
        tipRows: tips.length,
        narratives,
        ...(narratives ? { reason } : {}),
        ...(withTips ? { subjects: tips.slice(0, 200).map((t) => t.reference) } : {}),
      },
    });
    return { name: `thong-ke_${day(period.from)}_${day(period.to)}.${format}`, content };
  }
}

/** Sheets one after another, a blank line between them; a BOM so spreadsheet programs read the Vietnamese as UTF-8. */
function csvOf(sheets: Sheet[]): Buffer {
  const lines: string[] = [];
  for (const s of sheets) {
    if (lines.length) lines.push('');
    lines.push(...s.preamble.map((p) => csvLine([p])), csvLine(s.headers), ...s.rows.map(csvLine));
  }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
