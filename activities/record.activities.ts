import type { RecordsService } from '../src/modules/records/records.service';
import type { ProcessActivities } from './process-activities';

/** The record of reference: sealed and written as the process changes, read by its pages once the engine forgets it. */
export function createRecordActivities(deps: { records: Pick<RecordsService, 'save'> }): Pick<ProcessActivities, 'saveRecord'> {
  return {
    saveRecord: (record) => deps.records.save(record),
  };
}
