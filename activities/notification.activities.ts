import type { NotificationsService } from '../src/modules/notifications/notifications.service';
import type { ProcessActivities } from './process-activities';

export function createNotificationActivities(deps: { notifications: NotificationsService }): Pick<ProcessActivities, 'notify'> {
  return { notify: (notification) => deps.notifications.record(notification) };
}
