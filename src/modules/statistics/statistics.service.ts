import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SupportKind, SUPPORT_STEP } from '../../domain/reception/support-kind';
import { ReceptionStepType } from '../../domain/reception/reception-step-type';
import { ProsecutionStepType } from '../../domain/prosecution/prosecution-step-type';
import { RescueStepType } from '../../domain/rescue/rescue-step-type';
import { monthsOf } from '../../domain/statistics/months-of';
import { programmeKpi, type ProgrammeKpi } from '../../domain/statistics/programme-kpi';
import type { DurationFigure, MonthFigures, StatisticsFigures } from '../../domain/statistics/statistics-figures';
import { TipStepType } from '../../domain/tip/tip-step-type';
import type { StatisticsPeriod } from './statistics-period';
import { columnSealer } from '../../common/crypto/column-sealer';
import { ProcuracyDecision, Verdict } from '../../domain/prosecution/prosecution-decisions';
import type { ProcuracyDecisionOutcome, VerdictOutcome } from '../../domain/prosecution/prosecution-outcomes';
import type { FormalIdentificationOutcome } from '../../domain/reception/reception-outcomes';
import type { RecordPersonsOutcome } from '../../domain/rescue/rescue-outcomes';
import { TipDecision } from '../../domain/tip/tip-decision';
import type { VerifyTipOutcome } from '../../domain/tip/tip-outcomes';
import { outcomeOf } from '../records/outcome-sql';

const VERIFY_STEPS = [TipStepType.VERIFY, TipStepType.VERIFY_AFTER_RESUMPTION];
const INDICTMENT_STEPS = [ProsecutionStepType.PROCURACY_DECISION, ProsecutionStepType.PROCURACY_FINAL_DECISION];
const HOME_STEPS = [ReceptionStepType.TRANSFER_HOME, ReceptionStepType.TRANSFER_HOME_CHILD];
const verified = outcomeOf<VerifyTipOutcome>();
const identified = outcomeOf<FormalIdentificationOutcome>();
const counted = outcomeOf<RecordPersonsOutcome>();
const indicted = outcomeOf<ProcuracyDecisionOutcome>();
const judged = outcomeOf<VerdictOutcome>();
/** Tips a coordinator's export lists row by row: enough for a month of a province, and a bound on the file. */
export const MAX_EXPORTED_TIPS = 5000;

/** An open task past its deadline, as `dueStateOf` (src/domain/due-state) has it: a stopped clock is not overdue. */
const OVERDUE = `suspended_at IS NULL AND due_at < $4`;
const n = (v: unknown): number => Number(v ?? 0);
const days = (v: unknown): number | null => (v === null || v === undefined ? null : Math.round(Number(v) * 100) / 100);

/**
 * The figures of processes.md §5 computed in SQL from the projections. Every query is bounded by the period (on
 * indexed instants) or by the open rows (partial indexes), so the cost follows the period's activity, not history.
 * A figure counts the completion of the step that settles it: a tip is resolved when its verification is decided
 * (confirmed or unfounded), on time when that task was completed by its due date (extensions included).
 */
@Injectable()
export class StatisticsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async figures(p: StatisticsPeriod): Promise<StatisticsFigures> {
    const [tips, resolved, victims, supported, rescues, prosecution, deadlines, durations, escalations, cohorts] = await Promise.all([
      this.db.query(
        `SELECT count(*) AS received FROM tips
          WHERE received_at >= $1 AND received_at < $2 AND ($3::text IS NULL OR investigating_agency_code = $3)`,
        [p.from, p.to, p.agencyCode],
      ),
      this.db.query(
        `SELECT count(*) AS resolved,
                count(*) FILTER (WHERE completed_at <= due_at) AS on_time,
                count(*) FILTER (WHERE ${verified.is('decision', TipDecision.CONFIRMED)}) AS confirmed,
                count(*) FILTER (WHERE ${verified.is('decision', TipDecision.UNFOUNDED)}) AS unfounded
           FROM tasks
          WHERE step_type = ANY($4) AND status = 'COMPLETED' AND ${verified.is('decision', TipDecision.CONFIRMED, TipDecision.UNFOUNDED)}
            AND completed_at >= $1 AND completed_at < $2 AND ($3::text IS NULL OR agency_code = $3)`,
        [p.from, p.to, p.agencyCode, VERIFY_STEPS],
      ),
      this.completedCount(p, [ReceptionStepType.FORMAL_IDENTIFICATION], identified.is('decision', 'CONFIRMED_VICTIM')),
      this.db.query(
        `SELECT step_type, count(*) AS count FROM tasks
          WHERE step_type = ANY($4) AND status = 'COMPLETED' AND completed_at >= $1 AND completed_at < $2
            AND ($3::text IS NULL OR agency_code = $3)
          GROUP BY step_type`,
        [p.from, p.to, p.agencyCode, Object.values(SUPPORT_STEP)],
      ),
      this.db.query(
        `SELECT count(*) FILTER (WHERE step_type = $4) AS carried_out,
                coalesce(sum(${counted.int('adults')} + ${counted.int('children')}) FILTER (WHERE step_type = $5), 0) AS persons
           FROM tasks
          WHERE step_type IN ($4, $5) AND status = 'COMPLETED' AND completed_at >= $1 AND completed_at < $2
            AND ($3::text IS NULL OR agency_code = $3)`,
        [p.from, p.to, p.agencyCode, RescueStepType.SIGN_OFF_OPERATION, RescueStepType.RECORD_PERSONS],
      ),
      this.db.query(
        `SELECT count(DISTINCT coalesce(case_id::text, process_id)) FILTER (WHERE step_type = ANY($4) AND ${indicted.is('decision', ProcuracyDecision.PROSECUTE)}) AS prosecuted,
                count(DISTINCT coalesce(case_id::text, process_id)) FILTER (WHERE step_type = $5) AS tried,
                count(DISTINCT coalesce(case_id::text, process_id)) FILTER (WHERE step_type = $5 AND ${judged.is('verdict', Verdict.CONVICTED)}) AS convicted
           FROM tasks
          WHERE (step_type = ANY($4) OR step_type = $5) AND status = 'COMPLETED' AND completed_at >= $1 AND completed_at < $2
            AND ($3::text IS NULL OR agency_code = $3)`,
        [p.from, p.to, p.agencyCode, INDICTMENT_STEPS, ProsecutionStepType.RECORD_VERDICT],
      ),
      // Open items are counted as they stand now, overdue as GET /tasks?overdue=true says; closed ones within the period.
      // Two parts, so each reads its own partial index (open tasks; the period's completions). Overdue as the lists'
      // `overdue=true` (dueStateOf): a paused task with its clock stopped is not overdue.
      this.db.query(
        `SELECT agency_code,
                sum(open_in_time) AS open_in_time, sum(open_overdue) AS open_overdue,
                sum(closed_on_time) AS closed_on_time, sum(closed_late) AS closed_late
           FROM (SELECT agency_code,
                        count(*) FILTER (WHERE NOT (${OVERDUE})) AS open_in_time, count(*) FILTER (WHERE ${OVERDUE}) AS open_overdue,
                        0 AS closed_on_time, 0 AS closed_late
                   FROM tasks WHERE status IN ('OPEN', 'CLAIMED') AND ($3::text IS NULL OR agency_code = $3)
                  GROUP BY agency_code
                 UNION ALL
                 SELECT agency_code, 0, 0,
                        count(*) FILTER (WHERE completed_at <= due_at), count(*) FILTER (WHERE completed_at > due_at)
                   FROM tasks WHERE status = 'COMPLETED' AND completed_at >= $1 AND completed_at < $2 AND ($3::text IS NULL OR agency_code = $3)
                  GROUP BY agency_code) parts
          GROUP BY agency_code ORDER BY agency_code`,
        [p.from, p.to, p.agencyCode, p.now],
      ),
      this.durations(p),
      this.db.query(
        `SELECT level, target, agency_code, count(*) AS count FROM escalations
          WHERE acknowledged_at IS NULL AND ($1::text IS NULL OR agency_code = $1)
          GROUP BY level, target, agency_code ORDER BY level, target, agency_code`,
        [p.agencyCode],
      ),
      this.programmeCohorts(p),
    ]);
    const supportedBy = new Map<string, number>(supported.map((r: any) => [r.step_type, n(r.count)]));
    const r = resolved[0];
    return {
      from: p.from.toISOString(),
      to: p.to.toISOString(),
      agencyCode: p.agencyCode,
      computedAt: p.now.toISOString(),
      tips: {
        received: n(tips[0].received),
        resolved: n(r.resolved),
        resolvedOnTime: n(r.on_time),
        resolvedLate: n(r.resolved) - n(r.on_time),
        confirmed: n(r.confirmed),
        unfounded: n(r.unfounded),
      },
      victims: {
        identified: victims,
        supported: Object.values(SupportKind).map((kind) => ({ kind, count: supportedBy.get(SUPPORT_STEP[kind]) ?? 0 })),
      },
      rescues: { carriedOut: n(rescues[0].carried_out), personsRescued: n(rescues[0].persons) },
      prosecution: {
        casesProsecuted: n(prosecution[0].prosecuted),
        casesTried: n(prosecution[0].tried),
        convicted: n(prosecution[0].convicted),
      },
      deadlinesByAgency: deadlines.map((d: any) => ({
        agencyCode: d.agency_code,
        openInTime: n(d.open_in_time),
        openOverdue: n(d.open_overdue),
        closedOnTime: n(d.closed_on_time),
        closedLate: n(d.closed_late),
      })),
      durations,
      openEscalations: escalations.map((e: any) => ({ level: n(e.level), target: e.target, agencyCode: e.agency_code, count: n(e.count) })),
      kpis: [
        ...cohorts,
        programmeKpi(
          'deadlineCompliance',
          deadlines.reduce((sum: number, d: any) => sum + n(d.closed_on_time), 0),
          deadlines.reduce((sum: number, d: any) => sum + n(d.closed_on_time) + n(d.closed_late), 0),
        ),
      ],
      ...(p.by === 'month' ? { series: await this.monthly(p) } : {}),
    };
  }

  /**
   * The programme's ratios, each over a cohort of the period: tips received in it that were taken up (verification
   * started) and that are resolved by now; cases the procuracy settled in it (prosecute or not) that it prosecuted;
   * cases prosecuted in it whose first-instance verdict is recorded by now.
   */
  private async programmeCohorts(p: StatisticsPeriod): Promise<ProgrammeKpi[]> {
    const [[tips], [cases]] = await Promise.all([
      this.db.query(
        `SELECT count(*) AS received,
                count(*) FILTER (WHERE status <> 'PENDING_START') AS taken_up,
                count(*) FILTER (WHERE status IN ('CONFIRMED', 'UNFOUNDED')) AS resolved
           FROM tips
          WHERE received_at >= $1 AND received_at < $2 AND ($3::text IS NULL OR investigating_agency_code = $3)`,
        [p.from, p.to, p.agencyCode],
      ),
      this.db.query(
        `WITH settled AS (
           SELECT coalesce(case_id::text, process_id) AS case_key, bool_or(${indicted.is('decision', ProcuracyDecision.PROSECUTE)}) AS prosecuted
             FROM tasks
            WHERE step_type = ANY($4) AND status = 'COMPLETED' AND ${indicted.is('decision', ProcuracyDecision.PROSECUTE, ProcuracyDecision.NOT_PROSECUTE)}
              AND completed_at >= $1 AND completed_at < $2 AND ($3::text IS NULL OR agency_code = $3)
            GROUP BY 1)
         SELECT count(*) AS settled,
                count(*) FILTER (WHERE prosecuted) AS prosecuted,
                count(*) FILTER (WHERE prosecuted AND EXISTS (
                  SELECT 1 FROM tasks v WHERE v.step_type = $5 AND v.status = 'COMPLETED'
                     AND coalesce(v.case_id::text, v.process_id) = settled.case_key)) AS tried
           FROM settled`,
        [p.from, p.to, p.agencyCode, INDICTMENT_STEPS, ProsecutionStepType.RECORD_VERDICT],
      ),
    ]);
    return [
      programmeKpi('tipsReceived', n(tips.taken_up), n(tips.received)),
      programmeKpi('tipsResolved', n(tips.resolved), n(tips.received)),
      programmeKpi('casesProsecuted', n(cases.prosecuted), n(cases.settled)),
      programmeKpi('casesTried', n(cases.tried), n(cases.prosecuted)),
    ];
  }

  /** Month by month (one after the other, to keep the pool free for others): compliance and durations. */
  private async monthly(p: StatisticsPeriod): Promise<MonthFigures[]> {
    const series: MonthFigures[] = [];
    for (const slice of monthsOf(p.from, p.to)) {
      const part = { ...p, from: slice.from, to: slice.to };
      const [[closed], durations] = await Promise.all([
        this.db.query(
          `SELECT count(*) FILTER (WHERE completed_at <= due_at) AS on_time, count(*) FILTER (WHERE completed_at > due_at) AS late
             FROM tasks WHERE status = 'COMPLETED' AND completed_at >= $1 AND completed_at < $2 AND ($3::text IS NULL OR agency_code = $3)`,
          [part.from, part.to, p.agencyCode],
        ),
        this.durations(part),
      ]);
      const compliance = programmeKpi('deadlineCompliance', n(closed.on_time), n(closed.on_time) + n(closed.late));
      series.push({
        month: slice.month,
        from: slice.from.toISOString(),
        to: slice.to.toISOString(),
        closedOnTime: compliance.numerator,
        closedLate: compliance.denominator - compliance.numerator,
        compliancePercent: compliance.percent,
        durations,
      });
    }
    return series;
  }

  private async completedCount(p: StatisticsPeriod, steps: string[], condition: string): Promise<number> {
    const [row] = await this.db.query(
      `SELECT count(*) AS count FROM tasks
        WHERE step_type = ANY($4) AND status = 'COMPLETED' AND completed_at >= $1 AND completed_at < $2
          AND ($3::text IS NULL OR agency_code = $3) AND ${condition}`,
      [p.from, p.to, p.agencyCode, steps],
    );
    return n(row.count);
  }

  /**
   * Days from a start to the completion (within the period) of the step that ends the measure: for verification
   * from the tip's receipt; for rescue, repatriation and indictment from the start of their process (its first task).
   */
  private async durations(p: StatisticsPeriod): Promise<StatisticsFigures['durations']> {
    const ends = `SELECT process_id, completed_at FROM tasks
                   WHERE step_type = ANY($4) AND status = 'COMPLETED' AND completed_at >= $1 AND completed_at < $2
                     AND ($3::text IS NULL OR agency_code = $3) AND ($5::text IS NULL OR ${indicted.field('decision')} = $5)`;
    const stats = `count(*) AS count,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY d) AS median,
                   percentile_cont(0.9) WITHIN GROUP (ORDER BY d) AS p90`;
    const fromProcessStart = (steps: string[], decision: ProcuracyDecision | null): Promise<any[]> =>
      this.db.query(
        `WITH ends AS (${ends}),
              spans AS (SELECT extract(epoch FROM e.completed_at - (SELECT min(s.created_at) FROM tasks s WHERE s.process_id = e.process_id)) / 86400 AS d
                          FROM ends e)
         SELECT ${stats} FROM spans`,
        [p.from, p.to, p.agencyCode, steps, decision],
      );
    const [verify, rescue, home, indictment] = await Promise.all([
      this.db.query(
        `WITH ends AS (${ends} AND ${verified.is('decision', TipDecision.CONFIRMED, TipDecision.UNFOUNDED)}),
              spans AS (SELECT extract(epoch FROM e.completed_at - t.received_at) / 86400 AS d
                          FROM ends e JOIN tips t ON t.workflow_id = e.process_id)
         SELECT ${stats} FROM spans`,
        [p.from, p.to, p.agencyCode, VERIFY_STEPS, null],
      ),
      fromProcessStart([RescueStepType.SIGN_OFF_OPERATION], null),
      fromProcessStart(HOME_STEPS, null),
      fromProcessStart(INDICTMENT_STEPS, ProcuracyDecision.PROSECUTE),
    ]);
    const figure = ([row]: any[]): DurationFigure => ({ count: n(row.count), medianDays: days(row.median), p90Days: days(row.p90) });
    return { toVerify: figure(verify), toRescue: figure(rescue), toRepatriate: figure(home), toIndictment: figure(indictment) };
  }

  /** A coordinator's export lists the period's tips (never the tipster), bounded; leadership's never does. */
  async tipRows(p: StatisticsPeriod): Promise<any[]> {
    const rows: any[] = await this.db.query(
      `SELECT t.reference, t.received_at, t.channel, t.urgency, t.status, t.investigating_agency_code, t.location, t.summary,
              v.completed_at, v.due_at
         FROM tips t
         LEFT JOIN LATERAL (SELECT completed_at, due_at FROM tasks
                             WHERE process_id = t.workflow_id AND step_type = ANY($4) AND status = 'COMPLETED'
                             ORDER BY completed_at DESC LIMIT 1) v ON true
        WHERE t.received_at >= $1 AND t.received_at < $2 AND ($3::text IS NULL OR t.investigating_agency_code = $3)
        ORDER BY t.received_at, t.id
        LIMIT ${MAX_EXPORTED_TIPS}`,
      [p.from, p.to, p.agencyCode, VERIFY_STEPS],
    );
    // Raw SQL bypasses the entity's transformer: the sealed columns are opened here.
    const sealer = columnSealer();
    return rows.map((row) => ({ ...row, summary: sealer.open(row.summary, 'tips.summary'), location: sealer.open(row.location, 'tips.location') }));
  }
}
