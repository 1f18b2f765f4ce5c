import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '../agencies/agencies.module';
import { RecordsModule } from '../records/records.module';
import { TaskEntity } from '../tasks/task.entity';
import { ProcessesController } from './processes.controller';
import { ProcessesService } from './processes.service';
import { StepGuard } from './step-guard.service';

@Module({
  imports: [TypeOrmModule.forFeature([TaskEntity]), AgenciesModule, RecordsModule],
  controllers: [ProcessesController],
  providers: [ProcessesService, StepGuard],
  exports: [StepGuard],
})
export class ProcessesModule {}
