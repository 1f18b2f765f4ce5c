import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RecordsModule } from '../records/records.module';
import { AgenciesModule } from '../agencies/agencies.module';
import { CalendarModule } from '../calendar/calendar.module';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { ProcessesModule } from '../processes/processes.module';
import { UsersModule } from '../users/users.module';
import { ExtensionAllowanceService } from './extension-allowance.service';
import { TaskEntity } from './task.entity';
import { TasksController } from './tasks.controller';
import { TaskListService } from './task-list.service';
import { TasksService } from './tasks.service';
import { TaskSummaryService } from './task-summary.service';

@Module({
  imports: [TypeOrmModule.forFeature([TaskEntity]), AgenciesModule, ProcessesModule, UsersModule, CatalogueModule, CalendarModule, RecordsModule],
  controllers: [TasksController],
  providers: [TasksService, TaskListService, TaskSummaryService, ExtensionAllowanceService],
  exports: [TasksService],
})
export class TasksModule {}
