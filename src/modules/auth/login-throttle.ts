import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { sessionConfig } from '../../common/auth/session-config';
import type { LoginRefusal } from './login-refusal';

export type LoginOutcome = 'SUCCEEDED' | 'FAILED' | 'LOCKED' | 'RATE_LIMITED';

/** The name an attempt is counted under: the account as typed, without case or surrounding spaces. */
export const accountKey = (username: string) => username.trim().toLowerCase().slice(0, 100);

/** How often a judgement in doubt looks again, and for how long at most before answering "try again shortly". */
const POLL_MS = 50;
const MAX_WAIT_MS = 10_000;
/** A PENDING attempt older than this was abandoned (its process stopped): it is no longer waited for. */
const STALE_PENDING_SECONDS = 30;

/**
 * Rate limits and lockouts computed from the login record itself (no counters to drift): per client address, failed
 * attempts; per account, every attempt; and a lockout after N failures in a row within the window. Unknown usernames
 * are counted and locked like real ones, so neither reveals which accounts exist.
 *
 * An attempt is recorded as PENDING before it is judged (`begin`), and counts as failed only once it has failed
 * (`settle`): correct passwords never lock an account, however many are in flight. A burst of guesses cannot slip in
 * either: an attempt that would be refused if the earlier attempts still pending all failed waits until they settle,
 * then is judged on what they turned out to be. Waiting only for earlier attempts never deadlocks.
 */
@Injectable()
export class LoginThrottle {
  constructor(private readonly db: DataSource) {}

  /** Records the attempt (PENDING until `settle`); returns its id. */
  async begin(username: string, userId: string | null, address: string): Promise<string> {
    const [{ id }] = await this.db.query(
      `INSERT INTO login_events (username, user_id, client_address, outcome) VALUES ($1, $2, $3, 'PENDING') RETURNING id`,
      [accountKey(username), userId, address],
    );
    return String(id);
  }

  async settle(attemptId: string, outcome: LoginOutcome, userId?: string | null): Promise<void> {
    await this.db.query(`UPDATE login_events SET outcome = $2, user_id = coalesce($3, user_id) WHERE id = $1`, [attemptId, outcome, userId ?? null]);
  }

  /**
   * Whether the attempt must be refused, counting the other attempts recorded so far (`attemptId` is the caller's
   * own): refused when the settled failures say so; waits while only the earlier pending ones could tip the balance.
   */
  async refusal(username: string, address: string, attemptId = '0', now = new Date()): Promise<LoginRefusal | null> {
    for (const giveUpAt = Date.now() + MAX_WAIT_MS; ; await new Promise((resolve) => setTimeout(resolve, POLL_MS))) {
      const settled = await this.judge(username, address, attemptId, now, false);
      if (settled) return settled;
      const worstCase = await this.judge(username, address, attemptId, now, true);
      if (!worstCase) return null;
      if (Date.now() > giveUpAt) return { code: 'RATE_LIMITED', retryAt: new Date(Date.now() + 1000) };
    }
  }

  /** The refusal the record implies, counting the earlier pending attempts as failures when `pendingFail` is set. */
  private async judge(username: string, address: string, attemptId: string, now: Date, pendingFail: boolean): Promise<LoginRefusal | null> {
    const c = sessionConfig();
    // Failed, or (in the worst case) earlier and still being checked.
    const failed = pendingFail
      ? `(outcome = 'FAILED' OR (outcome = 'PENDING' AND id < $3 AND at > now() - interval '${STALE_PENDING_SECONDS} seconds'))`
      : `outcome = 'FAILED'`;
    const [byAddress] = await this.db.query(
      `SELECT count(*)::int AS n, min(at) AS oldest FROM login_events
        WHERE client_address = $1 AND ${failed} AND at > $2 AND id <> $3`,
      [address, new Date(now.getTime() - c.addressWindowSeconds * 1000), attemptId],
    );
    if (byAddress.n >= c.addressFailuresPerWindow)
      return { code: 'RATE_LIMITED', retryAt: new Date(new Date(byAddress.oldest).getTime() + c.addressWindowSeconds * 1000) };

    const key = accountKey(username);
    if (!pendingFail) {
      // Every attempt counts here, whatever its outcome: nothing to wait for.
      const recent: Array<{ at: Date }> = await this.db.query(
        `SELECT at FROM login_events WHERE username = $1 AND at > $2 AND id <> $4 ORDER BY at DESC LIMIT $3`,
        [key, new Date(now.getTime() - c.accountWindowSeconds * 1000), c.accountAttemptsPerWindow, attemptId],
      );
      if (recent.length >= c.accountAttemptsPerWindow)
        return { code: 'RATE_LIMITED', retryAt: new Date(new Date(recent[recent.length - 1].at).getTime() + c.accountWindowSeconds * 1000) };
    }

    // The last N failures since the last success; locked when they fell within the window and the lock still runs.
    const failures: Array<{ at: Date }> = await this.db.query(
      `SELECT at FROM login_events
        WHERE username = $1 AND ${failed} AND id <> $3
          AND at > coalesce((SELECT max(at) FROM login_events WHERE username = $1 AND outcome = 'SUCCEEDED'), '-infinity')
        ORDER BY at DESC LIMIT $2`,
      [key, c.lockoutFailures, attemptId],
    );
    if (failures.length >= c.lockoutFailures) {
      const newest = new Date(failures[0].at).getTime();
      const oldest = new Date(failures[failures.length - 1].at).getTime();
      const until = newest + c.lockoutSeconds * 1000;
      if (newest - oldest <= c.lockoutWindowSeconds * 1000 && until > now.getTime()) return { code: 'ACCOUNT_LOCKED', retryAt: new Date(until) };
    }
    return null;
  }
}
