import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RecordsModule } from '../records/records.module';
import { NotificationEntity } from './notification.entity';
import { NotificationListService } from './notification-list.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity]), RecordsModule],
  controllers: [NotificationsController],
  providers: [NotificationsService, NotificationListService],
  exports: [NotificationsService],
})
export class NotificationsModule {}
