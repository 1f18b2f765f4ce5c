import type { CalendarService } from '../src/modules/calendar/calendar.service';
import type { CatalogueService } from '../src/modules/catalogue/catalogue.service';
import type { ProcessActivities } from './process-activities';

export function createCatalogueActivities(deps: {
  catalogue: CatalogueService;
  calendar: CalendarService;
}): Pick<ProcessActivities, 'loadCatalogue'> {
  return {
    loadCatalogue: async (version) => ({
      ...(version === undefined ? await deps.catalogue.current() : await deps.catalogue.version(version)),
      holidays: await deps.calendar.holidayDates(),
      publishedYears: await deps.calendar.publishedYears(),
    }),
  };
}
