import { Module } from '@nestjs/common';
import { AppModule } from './app.module';
import { loggerModule } from './common/logging/logger-module';
import { CalendarModule } from './modules/calendar/calendar.module';
import { CasesModule } from './modules/cases/cases.module';
import { CatalogueModule } from './modules/catalogue/catalogue.module';
import { EscalationsModule } from './modules/escalations/escalations.module';
import { IncidentsModule } from './modules/incidents/incidents.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { RecordsModule } from './modules/records/records.module';
import { RetentionModule } from './modules/retention/retention.module';
import { TasksModule } from './modules/tasks/tasks.module';
import { TipsModule } from './modules/tips/tips.module';
import { TemporalWorkerService } from './temporal/temporal-worker.service';

@Module({
  imports: [
    loggerModule('worker'),
    AppModule,
    CalendarModule,
    CatalogueModule,
    TasksModule,
    EscalationsModule,
    NotificationsModule,
    TipsModule,
    CasesModule,
    IncidentsModule,
    RecordsModule,
    RetentionModule,
  ],
  providers: [TemporalWorkerService],
})
export class WorkerModule {}
