import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '../agencies/agencies.module';
import { ProcessesModule } from '../processes/processes.module';
import { TaskEntity } from './task.entity';
import { TasksController } from './tasks.controller';
import { TaskListService } from './task-list.service';
import { TasksService } from './tasks.service';

@Module({
  imports: [TypeOrmModule.forFeature([TaskEntity]), AgenciesModule, ProcessesModule],
  controllers: [TasksController],
  providers: [TasksService, TaskListService],
  exports: [TasksService],
})
export class TasksModule {}
