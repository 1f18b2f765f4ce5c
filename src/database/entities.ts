import { AgencyEntity } from '../modules/agencies/agency.entity';
import { AuditLogEntity } from '../modules/audit/audit-log.entity';
import { CalendarYearEntity } from '../modules/calendar/calendar-year.entity';
import { PublicHolidayEntity } from '../modules/calendar/public-holiday.entity';
import { CaseEntity } from '../modules/cases/case.entity';
import { CatalogueVersionEntity } from '../modules/catalogue/catalogue-version.entity';
import { EscalationEntity } from '../modules/escalations/escalation.entity';
import { NotificationEntity } from '../modules/notifications/notification.entity';
import { RoleGrantEntity } from '../modules/role-grants/role-grant.entity';
import { TaskEntity } from '../modules/tasks/task.entity';
import { TipEntity } from '../modules/tips/tip.entity';
import { TipsterContactEntity } from '../modules/tips/tipster-contact.entity';
import { UserEntity } from '../modules/users/user.entity';

export const ENTITIES = [
  AgencyEntity,
  AuditLogEntity,
  CalendarYearEntity,
  CaseEntity,
  CatalogueVersionEntity,
  EscalationEntity,
  NotificationEntity,
  PublicHolidayEntity,
  RoleGrantEntity,
  TaskEntity,
  TipEntity,
  TipsterContactEntity,
  UserEntity,
];
