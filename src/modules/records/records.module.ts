import { Module } from '@nestjs/common';
import { RecordsService } from './records.service';

/** The record of reference of processes and cases (sealed, in PostgreSQL); see docs/operations.md, "Retention". */
@Module({
  providers: [RecordsService],
  exports: [RecordsService],
})
export class RecordsModule {}
