import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { LiveEvent } from '../../domain/statistics/live-event';
import { environment } from '../../config/environment';

type Listener = (events: LiveEvent[]) => void;
type Closer = () => void;

/** Rows are stamped when their transaction starts, not when it commits: look back this far and drop repeats. */
const OVERLAP_MS = 5000;
/** An escalation is stamped with the instant its timer fired; the activity may record it a little later. */
const ESCALATION_OVERLAP_MS = 120_000;
const BATCH = 1000;

/**
 * One poller for every open event stream: it reads the projection rows changed since its last read (tasks and tips
 * by updated_at, escalations by fired_at / acknowledged_at), bounded per read, and runs only while someone listens.
 */
@Injectable()
export class LiveEventPoller implements OnModuleDestroy {
  private readonly logger = new Logger(LiveEventPoller.name);
  private readonly listeners = new Map<Listener, Closer>();
  private timer: NodeJS.Timeout | null = null;
  private cursor: Date | null = null;
  /** Last revision or state announced per row, kept for the look-back window only. */
  private readonly seen = new Map<string, { mark: string; at: number }>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** `close` ends the stream when the API shuts down, so open streams never hold the server open. */
  subscribe(listener: Listener, close: Closer): () => void {
    this.listeners.set(listener, close);
    if (!this.timer) this.timer = setTimeout(() => void this.tick(), 0);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0 && this.timer) {
        clearTimeout(this.timer);
        this.timer = null;
        this.cursor = null;
        this.seen.clear();
      }
    };
  }

  onModuleDestroy(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const closers = [...this.listeners.values()];
    this.listeners.clear();
    for (const close of closers) close();
  }

  private async tick(): Promise<void> {
    try {
      const events = await this.poll();
      if (events.length) for (const l of this.listeners.keys()) l(events);
    } catch (e) {
      this.logger.warn(`Live events poll failed: ${(e as Error).message}`);
    }
    if (this.listeners.size > 0) this.timer = setTimeout(() => void this.tick(), environment().EVENTS_POLL_MS);
  }

  private async poll(): Promise<LiveEvent[]> {
    if (!this.cursor) {
      const [{ now }] = await this.db.query(`SELECT now() AS now`);
      this.cursor = new Date(now);
      return [];
    }
    const since = new Date(this.cursor.getTime() - OVERLAP_MS);
    const escalationsSince = new Date(this.cursor.getTime() - ESCALATION_OVERLAP_MS);
    const [[{ now }], tasks, tips, escalations] = await Promise.all([
      this.db.query(`SELECT now() AS now`),
      this.db.query(
        `SELECT id, process_id, agency_code, status, revision, created_at, updated_at FROM tasks
          WHERE updated_at > $1 ORDER BY updated_at LIMIT ${BATCH}`,
        [since],
      ),
      this.db.query(
        `SELECT id, reference, workflow_id, investigating_agency_code, status, updated_at FROM tips
          WHERE updated_at > $1 ORDER BY updated_at LIMIT ${BATCH}`,
        [since],
      ),
      this.db.query(
        `SELECT id, task_id, process_id, agency_code, level, target, fired_at, acknowledged_at FROM escalations
          WHERE fired_at > $1 OR acknowledged_at > $1 ORDER BY fired_at LIMIT ${BATCH}`,
        [escalationsSince],
      ),
    ]);
    const events: LiveEvent[] = [];
    let latest = this.cursor;
    for (const t of tasks) {
      if (this.fresh(`task:${t.id}`, String(t.revision)))
        events.push({
          type: Number(t.revision) === 1 ? 'task.created' : 'task.updated',
          taskId: t.id,
          processId: t.process_id,
          agencyCode: t.agency_code,
          status: t.status,
          revision: Number(t.revision),
        });
      if (new Date(t.updated_at) > latest) latest = new Date(t.updated_at);
    }
    for (const t of tips) {
      if (this.fresh(`tip:${t.id}`, t.status))
        events.push({
          type: 'tip.updated',
          tipId: t.id,
          reference: t.reference,
          processId: t.workflow_id,
          agencyCode: t.investigating_agency_code,
          status: t.status,
        });
      if (new Date(t.updated_at) > latest) latest = new Date(t.updated_at);
    }
    for (const e of escalations) {
      const state = e.acknowledged_at ? 'acknowledged' : 'fired';
      if (this.fresh(`escalation:${e.id}`, state))
        events.push({
          type: e.acknowledged_at ? 'escalation.acknowledged' : 'escalation.fired',
          escalationId: e.id,
          taskId: e.task_id,
          processId: e.process_id,
          agencyCode: e.agency_code,
          level: Number(e.level),
          target: e.target,
        });
    }
    // Without changes the cursor still follows the clock, so the look-back windows stay short.
    const floor = new Date(new Date(now).getTime() - OVERLAP_MS);
    this.cursor = latest > floor ? latest : floor;
    const horizon = Date.now() - 2 * ESCALATION_OVERLAP_MS;
    for (const [key, v] of this.seen) if (v.at < horizon) this.seen.delete(key);
    return events;
  }

  /** True the first time a row is read in this state (revision or status). */
  private fresh(key: string, mark: string): boolean {
    if (this.seen.get(key)?.mark === mark) return false;
    this.seen.set(key, { mark, at: Date.now() });
    return true;
  }
}
