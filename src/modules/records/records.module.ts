import { Module } from '@nestjs/common';
import { RecordsService } from './records.service';
import { TaskRecordsRepository } from './task-records.repository';

/**
 * The read model of the work: the record of reference of processes and cases (sealed, in PostgreSQL; see
 * docs/operations.md, "Retention") and what other features ask of the task projection.
 */
@Module({
  providers: [RecordsService, TaskRecordsRepository],
  exports: [RecordsService, TaskRecordsRepository],
})
export class RecordsModule {}
