import type { CalendarService } from '../src/modules/calendar/calendar.service';
import type { CatalogueService } from '../src/modules/catalogue/catalogue.service';
import type { ProcessActivities } from './process-activities';

export function createCatalogueActivities(deps: {
  catalogue: CatalogueService;
  calendar: CalendarService;
}): Pick<ProcessActivities, 'loadCatalogue'> {
  return {
    loadCatalogue: async () => ({ ...(await deps.catalogue.current()), holidays: await deps.calendar.holidayDates() }),
  };
}
