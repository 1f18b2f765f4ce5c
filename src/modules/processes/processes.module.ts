import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TaskEntity } from '../tasks/task.entity';
import { ProcessesController } from './processes.controller';
import { ProcessesService } from './processes.service';

@Module({
  imports: [TypeOrmModule.forFeature([TaskEntity])],
  controllers: [ProcessesController],
  providers: [ProcessesService],
})
export class ProcessesModule {}
