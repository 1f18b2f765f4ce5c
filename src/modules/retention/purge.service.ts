import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { retentionConfig } from '../../config/retention.config';
import type { PurgeCounts } from './purge-counts';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * Deletes what has no reason to stay: idempotency records past the window a client may retry in (their bodies may
 * hold what a request answered), login events past any lockout window and the period an investigation of a break-in
 * needs, sessions that ended (expired or revoked) long enough ago. Cases, tips, tasks, the process records and the
 * audit log are never touched here: they are kept for the legal record periods.
 */
@Injectable()
export class PurgeService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** `now` is given, not read, so the cut-offs can be tested on any date. */
  async purge(now: Date, config = retentionConfig()): Promise<PurgeCounts> {
    const before = (ms: number) => new Date(now.getTime() - ms);
    const [, idempotencyKeys] = await this.db.query(`DELETE FROM idempotency_keys WHERE created_at < $1`, [
      before(config.idempotencyHours * HOUR_MS),
    ]);
    const [, loginEvents] = await this.db.query(`DELETE FROM login_events WHERE at < $1`, [before(config.loginEventsDays * DAY_MS)]);
    // A session is spent once it expired or was revoked; its refresh tokens go with it (ON DELETE CASCADE).
    const [, sessions] = await this.db.query(`DELETE FROM sessions WHERE expires_at < $1 OR revoked_at < $1`, [before(config.sessionsDays * DAY_MS)]);
    return { idempotencyKeys, loginEvents, sessions };
  }
}
