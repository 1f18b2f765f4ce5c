import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { TipsService } from './tips.service';
import { environment } from '../../config/environment';

/** In the API process: retries the start of tips saved while the workflow engine was down. */
@Injectable()
export class PendingTipStarter implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(PendingTipStarter.name);
  private timer?: NodeJS.Timeout;
  private readonly everyMs = environment().PENDING_START_SWEEP_MS;

  constructor(private readonly tips: TipsService) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), this.everyMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async sweep(): Promise<void> {
    try {
      const started = await this.tips.startPending(this.everyMs);
      if (started) this.logger.log(`Started ${started} pending tip verification(s)`);
    } catch (error) {
      this.logger.warn(`Pending tip sweep failed: ${(error as Error).message}`);
    }
  }
}
