import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { StatisticsExportService } from './statistics-export.service';
import { StatisticsController } from './statistics.controller';
import { StatisticsService } from './statistics.service';

@Module({
  imports: [AuditModule],
  controllers: [StatisticsController],
  providers: [StatisticsService, StatisticsExportService],
})
export class StatisticsModule {}
