import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RecordsModule } from '../records/records.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { EscalationEntity } from './escalation.entity';
import { EscalationsController } from './escalations.controller';
import { EscalationsService } from './escalations.service';

@Module({
  imports: [TypeOrmModule.forFeature([EscalationEntity]), NotificationsModule, RecordsModule],
  controllers: [EscalationsController],
  providers: [EscalationsService],
  exports: [EscalationsService],
})
export class EscalationsModule {}
