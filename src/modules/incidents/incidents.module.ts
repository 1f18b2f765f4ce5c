import { Module } from '@nestjs/common';
import { EscalationsModule } from '../escalations/escalations.module';
import { TasksModule } from '../tasks/tasks.module';
import { IncidentsController } from './incidents.controller';
import { IncidentsService } from './incidents.service';
import { ProjectionRepair } from './projection-repair';

@Module({
  imports: [TasksModule, EscalationsModule],
  controllers: [IncidentsController],
  providers: [IncidentsService, ProjectionRepair],
  exports: [IncidentsService, ProjectionRepair],
})
export class IncidentsModule {}
