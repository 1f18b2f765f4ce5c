import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { HttpMetrics } from './http-metrics';

interface WorkRow {
  open: string;
  overdue: string;
  oldest_overdue_seconds: string | null;
  unescalated_seconds: string | null;
  unacknowledged: string;
  incidents: string;
}

const UNKNOWN: WorkRow = {
  open: 'NaN',
  overdue: 'NaN',
  oldest_overdue_seconds: 'NaN',
  unescalated_seconds: 'NaN',
  unacknowledged: 'NaN',
  incidents: 'NaN',
};

/**
 * The state of the work, read from the shared database at each scrape, so every API process answers the same and the
 * alert rules in deploy/prometheus/alerts.yml need no aggregation across processes: the overdue backlog, how late the
 * first escalation rung is (the ladder's level 1 fires at the deadline itself, so an open task past its deadline with
 * no escalation means the timers are not running), and the activities that failed for good (projection incidents).
 */
@Injectable()
export class WorkMetrics {
  private last?: Promise<WorkRow>;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    http: HttpMetrics,
  ) {
    const registers = [http.registry];
    // One query per scrape, shared by the gauges below (each calls collect()).
    // PostgreSQL down: the work gauges say NaN (unknown) and the rest of the scrape still answers.
    const read = () =>
      (this.last ??= this.query()
        .catch(() => UNKNOWN)
        .finally(() => setTimeout(() => (this.last = undefined), 1000).unref()));
    const gauge = (name: string, help: string, pick: (row: WorkRow) => number) =>
      new Gauge({
        name,
        help,
        registers,
        async collect() {
          this.set(pick(await read()));
        },
      });
    gauge('tasks_open', 'Open or claimed tasks', (r) => Number(r.open));
    gauge('tasks_overdue', 'Open or claimed tasks past their deadline', (r) => Number(r.overdue));
    gauge('tasks_overdue_oldest_seconds', 'Seconds the longest-overdue open task is past its deadline (0: none)', (r) =>
      Number(r.oldest_overdue_seconds ?? 0),
    );
    gauge(
      'escalation_first_level_late_seconds',
      'Seconds the longest-waiting open task is past its deadline without its first escalation (0: none late)',
      (r) => Number(r.unescalated_seconds ?? 0),
    );
    gauge('escalations_unacknowledged', 'Escalations fired and not yet acknowledged', (r) => Number(r.unacknowledged));
    gauge('projection_incidents_open', 'Activities whose write PostgreSQL refused for good, awaiting an operator', (r) => Number(r.incidents));
  }

  private async query(): Promise<WorkRow> {
    const [row] = await this.db.query(`
      SELECT count(*) AS open,
             count(*) FILTER (WHERE t.due_at < now()) AS overdue,
             extract(epoch FROM now() - min(t.due_at) FILTER (WHERE t.due_at < now())) AS oldest_overdue_seconds,
             extract(epoch FROM now() - min(t.due_at) FILTER (
               WHERE t.due_at < now() AND NOT EXISTS (SELECT 1 FROM escalations e WHERE e.task_id = t.id))) AS unescalated_seconds,
             (SELECT count(*) FROM escalations WHERE acknowledged_at IS NULL) AS unacknowledged,
             (SELECT count(*) FROM projection_incidents WHERE status = 'OPEN') AS incidents
        FROM tasks t
       WHERE t.status IN ('OPEN', 'CLAIMED')`);
    return row;
  }
}
