import { Module } from '@nestjs/common';
import { AuthCommonModule } from './common/auth/auth-common.module';
import { DatabaseModule } from './database/database.module';
import { AgenciesModule } from './modules/agencies/agencies.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { CalendarModule } from './modules/calendar/calendar.module';
import { CasesModule } from './modules/cases/cases.module';
import { CatalogueModule } from './modules/catalogue/catalogue.module';
import { EscalationsModule } from './modules/escalations/escalations.module';
import { IncidentsModule } from './modules/incidents/incidents.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { ProcessesModule } from './modules/processes/processes.module';
import { TasksModule } from './modules/tasks/tasks.module';
import { TipsModule } from './modules/tips/tips.module';
import { TemporalModule } from './temporal/temporal.module';

/** The module graph both processes share: the API serves it over HTTP, the worker runs activities on it. */
@Module({
  imports: [
    DatabaseModule,
    TemporalModule,
    AuthCommonModule,
    AuditModule,
    AgenciesModule,
    AuthModule,
    CatalogueModule,
    CalendarModule,
    CasesModule,
    NotificationsModule,
    TasksModule,
    EscalationsModule,
    TipsModule,
    ProcessesModule,
    IncidentsModule,
  ],
})
export class AppModule {}
