import type { CalendarService } from '../src/modules/calendar/calendar.service';
import type { CasesService } from '../src/modules/cases/cases.service';
import type { CatalogueService } from '../src/modules/catalogue/catalogue.service';
import type { EscalationsService } from '../src/modules/escalations/escalations.service';
import type { IncidentsService } from '../src/modules/incidents/incidents.service';
import type { NotificationsService } from '../src/modules/notifications/notifications.service';
import type { RecordsService } from '../src/modules/records/records.service';
import type { TasksService } from '../src/modules/tasks/tasks.service';
import type { TipsService } from '../src/modules/tips/tips.service';
import { createCaseActivities } from './case.activities';
import { createCatalogueActivities } from './catalogue.activities';
import { guardActivities } from './guard-activities';
import { createNotificationActivities } from './notification.activities';
import type { ProcessActivities } from './process-activities';
import { createRecordActivities } from './record.activities';
import { createTaskActivities } from './task.activities';
import { createTipActivities } from './tip.activities';

export interface ActivityDeps {
  calendar: CalendarService;
  catalogue: CatalogueService;
  tasks: TasksService;
  escalations: EscalationsService;
  notifications: NotificationsService;
  tips: TipsService;
  cases: CasesService;
  records: Pick<RecordsService, 'save'>;
  /** Where permanently refused writes are recorded; without it they are only logged. */
  incidents?: Pick<IncidentsService, 'record'>;
}

/** The worker passes the Nest services it built; tests of pure logic can pass fakes. */
export function createActivities(deps: ActivityDeps): ProcessActivities {
  return guardActivities(
    {
      ...createCatalogueActivities(deps),
      ...createTaskActivities(deps),
      ...createNotificationActivities(deps),
      ...createTipActivities(deps),
      ...createCaseActivities(deps),
      ...createRecordActivities(deps),
    },
    (report) => deps.incidents?.record(report) ?? Promise.resolve(),
  );
}
