import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { sessionConfig } from '../../common/auth/session-config';
import type { LoginRefusal } from './login-refusal';

export type LoginOutcome = 'SUCCEEDED' | 'FAILED' | 'LOCKED' | 'RATE_LIMITED';

/** The name an attempt is counted under: the account as typed, without case or surrounding spaces. */
export const accountKey = (username: string) => username.trim().toLowerCase().slice(0, 100);

/**
 * Rate limits and lockouts computed from the login record itself (no counters to drift): per client address, failed
 * attempts; per account, every attempt; and a lockout after N failures in a row within the window. Unknown usernames
 * are counted and locked like real ones, so neither reveals which accounts exist.
 *
 * An attempt is written as FAILED before it is judged (`begin`), and only then are the counts read: parallel
 * attempts see one another, so a burst of guesses cannot all slip in before the first is recorded.
 */
@Injectable()
export class LoginThrottle {
  constructor(private readonly db: DataSource) {}

  /** Records the attempt (as FAILED until `settle` says otherwise); returns its id. */
  async begin(username: string, userId: string | null, address: string): Promise<string> {
    const [{ id }] = await this.db.query(
      `INSERT INTO login_events (username, user_id, client_address, outcome) VALUES ($1, $2, $3, 'FAILED') RETURNING id`,
      [accountKey(username), userId, address],
    );
    return String(id);
  }

  async settle(attemptId: string, outcome: LoginOutcome, userId?: string | null): Promise<void> {
    await this.db.query(`UPDATE login_events SET outcome = $2, user_id = coalesce($3, user_id) WHERE id = $1`, [attemptId, outcome, userId ?? null]);
  }

  /** Whether the attempt must be refused, counting every other attempt recorded so far (`attemptId` is the caller's own). */
  async refusal(username: string, address: string, attemptId = '0', now = new Date()): Promise<LoginRefusal | null> {
    const c = sessionConfig();
    const [byAddress] = await this.db.query(
      `SELECT count(*)::int AS n, min(at) AS oldest FROM login_events
        WHERE client_address = $1 AND outcome = 'FAILED' AND at > $2 AND id <> $3`,
      [address, new Date(now.getTime() - c.addressWindowSeconds * 1000), attemptId],
    );
    if (byAddress.n >= c.addressFailuresPerWindow)
      return { code: 'RATE_LIMITED', retryAt: new Date(new Date(byAddress.oldest).getTime() + c.addressWindowSeconds * 1000) };

    const key = accountKey(username);
    const recent: Array<{ at: Date }> = await this.db.query(
      `SELECT at FROM login_events WHERE username = $1 AND at > $2 AND id <> $4 ORDER BY at DESC LIMIT $3`,
      [key, new Date(now.getTime() - c.accountWindowSeconds * 1000), c.accountAttemptsPerWindow, attemptId],
    );
    if (recent.length >= c.accountAttemptsPerWindow)
      return { code: 'RATE_LIMITED', retryAt: new Date(new Date(recent[recent.length - 1].at).getTime() + c.accountWindowSeconds * 1000) };

    // The last N failures since the last success; locked when they fell within the window and the lock still runs.
    const failures: Array<{ at: Date }> = await this.db.query(
      `SELECT at FROM login_events
        WHERE username = $1 AND outcome = 'FAILED' AND id <> $3
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
