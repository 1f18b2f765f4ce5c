import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppException } from '../../common/app-exception';
import type { AuthUser } from '../../common/auth/auth-user';
import { eventsConfig } from '../../config/events.config';
import { ErrorCode } from '../../domain/error-code';

interface OpenStream {
  userId: string;
  sessionId: string;
  end: () => void;
}

/**
 * Every open live-update stream: capped per session, per user and for the whole server (each holds a socket), and
 * checked against the session record on every tick, one query for all of them, so a logged-out, revoked or
 * deactivated session's streams end within seconds instead of at the stream's natural end.
 */
@Injectable()
export class EventStreamRegistry implements OnModuleDestroy {
  private readonly logger = new Logger(EventStreamRegistry.name);
  private readonly streams = new Set<OpenStream>();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly db: DataSource) {}

  /** Registers a stream, or refuses it with 429 when a cap is reached; returns what unregisters it. */
  open(user: AuthUser, end: () => void): () => void {
    const limits = eventsConfig();
    const sessionId = user.sessionId ?? '';
    const all = [...this.streams];
    const refuse = (what: string) => {
      throw new AppException(ErrorCode.RATE_LIMITED, `Too many live-update streams open ${what}; close one (another tab) or try again later`);
    };
    if (all.length >= limits.maxTotal) refuse('on the server');
    if (all.filter((s) => s.userId === user.userId).length >= limits.maxPerUser) refuse('for this user');
    if (all.filter((s) => s.sessionId === sessionId).length >= limits.maxPerSession) refuse('for this session');
    const stream = { userId: user.userId, sessionId, end };
    this.streams.add(stream);
    this.timer ??= setInterval(() => void this.tick(), limits.sessionCheckMs);
    return () => {
      this.streams.delete(stream);
      if (this.streams.size === 0 && this.timer) {
        clearInterval(this.timer);
        this.timer = null;
      }
    };
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Ends the streams whose session is no longer valid. */
  private async tick(): Promise<void> {
    const sessions = [...new Set([...this.streams].map((s) => s.sessionId))];
    if (!sessions.length) return;
    try {
      const rows: Array<{ id: string }> = await this.db.query(
        `SELECT s.id FROM sessions s JOIN users u ON u.id = s.user_id
          WHERE s.id = ANY($1::uuid[]) AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active`,
        [sessions],
      );
      const valid = new Set(rows.map((r) => r.id));
      for (const stream of [...this.streams]) if (!valid.has(stream.sessionId)) stream.end();
    } catch (error) {
      // The database being away ends nothing: the check runs again on the next tick.
      this.logger.warn(`Could not check the sessions of open streams: ${(error as Error).name}`);
    }
  }
}
