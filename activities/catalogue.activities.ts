import type { CatalogueService } from '../src/modules/catalogue/catalogue.service';
import type { ProcessActivities } from './process-activities';

export function createCatalogueActivities(deps: { catalogue: CatalogueService }): Pick<ProcessActivities, 'loadCatalogue'> {
  return { loadCatalogue: () => deps.catalogue.current() };
}
