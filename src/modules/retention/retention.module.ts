import { Module } from '@nestjs/common';
import { PurgeScheduler } from './purge-scheduler';
import { PurgeService } from './purge.service';

/** The purge of spent rows (worker process only); what is kept how long is in docs/operations.md, "Retention". */
@Module({
  providers: [PurgeService, PurgeScheduler],
  exports: [PurgeService],
})
export class RetentionModule {}
