import { Module } from '@nestjs/common';
import { AgenciesModule } from '../agencies/agencies.module';
import { RecordsModule } from '../records/records.module';
import { ProcessesController } from './processes.controller';
import { ProcessesService } from './processes.service';
import { StepGuard } from './step-guard.service';

@Module({
  imports: [AgenciesModule, RecordsModule],
  controllers: [ProcessesController],
  providers: [ProcessesService, StepGuard],
  exports: [StepGuard],
})
export class ProcessesModule {}
