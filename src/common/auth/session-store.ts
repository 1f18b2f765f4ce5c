import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Role } from '../../domain/role';
import { sessionConfig } from './session-config';

/** The account behind a live session, as it is now (not as the token remembers it). */
export interface SessionHolder {
  sessionId: string;
  userId: string;
  username: string;
  agencyCode: string;
  roles: Role[];
  mustChangePassword: boolean;
}

export type RotateResult = { kind: 'ROTATED'; sessionId: string; refreshToken: string } | { kind: 'REUSED' } | { kind: 'INVALID' };

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');
const newRefreshToken = () => randomBytes(32).toString('base64url');

/** TypeORM answers an UPDATE with [rows, count]; the rows are what RETURNING gave. */
const returned = <T>(result: unknown): T[] => (result as [T[], number])[0];

/**
 * Sessions and their refresh tokens. Every request checks its session here, so logging out, deactivating an account
 * or changing its roles takes effect on the next request, whatever the access token's remaining life.
 */
@Injectable()
export class SessionStore {
  constructor(private readonly db: DataSource) {}

  async holderOf(sessionId: string): Promise<SessionHolder | null> {
    const rows: Array<Record<string, unknown>> = await this.db.query(
      `SELECT s.id AS "sessionId", u.id AS "userId", u.username, u.agency_code AS "agencyCode", u.roles,
              u.must_change_password AS "mustChangePassword"
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active`,
      [sessionId],
    );
    return (rows[0] as unknown as SessionHolder) ?? null;
  }

  /** A new session and its first refresh token (returned in clear once; only its hash is kept). */
  async open(userId: string, clientAddress: string): Promise<{ sessionId: string; refreshToken: string }> {
    const { refreshTokenTtlSeconds } = sessionConfig();
    const refreshToken = newRefreshToken();
    return this.db.transaction(async (m) => {
      const [{ id }] = await m.query(
        `INSERT INTO sessions (user_id, client_address, expires_at) VALUES ($1, $2, now() + make_interval(secs => $3)) RETURNING id`,
        [userId, clientAddress, refreshTokenTtlSeconds],
      );
      await m.query(`INSERT INTO refresh_tokens (token_hash, session_id) VALUES ($1, $2)`, [sha256(refreshToken), id]);
      return { sessionId: id as string, refreshToken };
    });
  }

  /**
   * Spends a refresh token for a new one. A token already spent means it was copied: the whole session is revoked,
   * so neither the thief nor the owner can go on with it.
   */
  async rotate(refreshToken: string): Promise<RotateResult> {
    const { refreshTokenTtlSeconds, sessionMaxAgeSeconds } = sessionConfig();
    const hash = sha256(refreshToken);
    return this.db.transaction(async (m) => {
      const spent = returned<{ session_id: string }>(
        await m.query(`UPDATE refresh_tokens SET used_at = now() WHERE token_hash = $1 AND used_at IS NULL RETURNING session_id`, [hash]),
      );
      if (spent.length === 0) {
        const [old]: Array<{ session_id: string }> = await m.query(`SELECT session_id FROM refresh_tokens WHERE token_hash = $1`, [hash]);
        if (!old) return { kind: 'INVALID' };
        await m.query(`UPDATE sessions SET revoked_at = now(), revoked_reason = 'REFRESH_TOKEN_REUSED' WHERE id = $1 AND revoked_at IS NULL`, [
          old.session_id,
        ]);
        return { kind: 'REUSED' };
      }
      const sessionId = spent[0].session_id;
      const live = returned(
        await m.query(
          `UPDATE sessions s SET refreshed_at = now(),
                expires_at = least(now() + make_interval(secs => $2), s.created_at + make_interval(secs => $3))
           FROM users u
          WHERE s.id = $1 AND u.id = s.user_id AND u.active AND s.revoked_at IS NULL AND s.expires_at > now()
          RETURNING s.id`,
          [sessionId, refreshTokenTtlSeconds, sessionMaxAgeSeconds],
        ),
      );
      if (live.length === 0) return { kind: 'INVALID' };
      const next = newRefreshToken();
      await m.query(`INSERT INTO refresh_tokens (token_hash, session_id) VALUES ($1, $2)`, [sha256(next), sessionId]);
      return { kind: 'ROTATED', sessionId, refreshToken: next };
    });
  }

  async revoke(sessionId: string, reason: string): Promise<void> {
    await this.db.query(`UPDATE sessions SET revoked_at = now(), revoked_reason = $2 WHERE id = $1 AND revoked_at IS NULL`, [sessionId, reason]);
  }

  /** Ends every live session of a user, except the one given (a password change keeps the session that made it). */
  async revokeAllOf(userId: string, reason: string, except?: string): Promise<number> {
    const result: [unknown[], number] = await this.db.query(
      `UPDATE sessions SET revoked_at = now(), revoked_reason = $2
        WHERE user_id = $1 AND revoked_at IS NULL AND ($3::uuid IS NULL OR id <> $3::uuid)`,
      [userId, reason, except ?? null],
    );
    return result[1];
  }
}
