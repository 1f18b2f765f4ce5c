import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { retentionConfig } from '../../config/retention.config';
import { PurgeService } from './purge.service';

/**
 * In the worker process: runs the purge every PURGE_INTERVAL_MS. An interval here rather than a Temporal schedule:
 * the purge only deletes PostgreSQL rows, so it must not stop when the engine is down, nor leave a workflow history
 * per run; two workers purging at once is harmless (each DELETE removes what the other left).
 */
@Injectable()
export class PurgeScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(PurgeScheduler.name);
  private timer?: NodeJS.Timeout;

  constructor(private readonly purge: PurgeService) {}

  onApplicationBootstrap(): void {
    const { intervalMs } = retentionConfig();
    if (intervalMs === 0) return;
    this.timer = setInterval(() => void this.run(), intervalMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async run(): Promise<void> {
    try {
      const n = await this.purge.purge(new Date());
      if (n.idempotencyKeys + n.loginEvents + n.sessions > 0)
        this.logger.log(`Purged ${n.idempotencyKeys} idempotency record(s), ${n.loginEvents} login event(s), ${n.sessions} spent session(s)`);
    } catch (error) {
      this.logger.warn(`Purge failed: ${(error as Error).name}`);
    }
  }
}
