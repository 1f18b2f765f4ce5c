import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AuditService } from '../audit/audit.service';

export const TEMPORAL_UI_OPENED = 'TEMPORAL_UI_OPENED';
export const TEMPORAL_UI_SUBJECT = 'TEMPORAL_UI';
/** Sessions remembered as already audited by this process; past that the oldest are forgotten (and looked up again). */
const REMEMBERED_SESSIONS = 10_000;

/**
 * One audit row per session that opens the Temporal Web UI (who, which session, with which roles, the first
 * address), not one per file or poll. The audit log is the record: a session is looked up there before a row is
 * written, so a restart or another API process does not write it again (two processes at the very same moment may
 * both write one); this process remembers the sessions it has seen.
 */
@Injectable()
export class TemporalUiAccessLog {
  private readonly seen = new Map<string, Promise<void>>();

  constructor(
    private readonly audit: AuditService,
    private readonly db: DataSource,
  ) {}

  /** Resolves once the session's opening is in the audit log; a failure is not remembered, so the next request retries. */
  recordOpening(user: AuthUser, path: string): Promise<void> {
    const sessionId = user.sessionId ?? '';
    let recorded = this.seen.get(sessionId);
    if (!recorded) {
      recorded = this.recordIfFirst(user, sessionId, path);
      this.seen.set(sessionId, recorded);
      recorded.catch(() => this.seen.delete(sessionId));
      if (this.seen.size > REMEMBERED_SESSIONS) this.seen.delete(this.seen.keys().next().value!);
    }
    return recorded;
  }

  private async recordIfFirst(user: AuthUser, sessionId: string, path: string): Promise<void> {
    const earlier: unknown[] = await this.db.query(`SELECT 1 FROM audit_log WHERE subject_type = $1 AND subject_id = $2 AND action = $3 LIMIT 1`, [
      TEMPORAL_UI_SUBJECT,
      sessionId,
      TEMPORAL_UI_OPENED,
    ]);
    if (earlier.length > 0) return;
    await this.audit.record({
      actorId: user.userId,
      action: TEMPORAL_UI_OPENED,
      subjectType: TEMPORAL_UI_SUBJECT,
      subjectId: sessionId,
      detail: { roles: user.roles, path },
    });
  }
}
