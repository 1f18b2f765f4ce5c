import type { CasesService } from '../src/modules/cases/cases.service';
import type { TipsService } from '../src/modules/tips/tips.service';
import type { ProcessActivities } from './process-activities';

export function createCaseActivities(deps: { tips: TipsService; cases: CasesService }): Pick<ProcessActivities, 'saveCase' | 'attachTipToCase'> {
  return {
    saveCase: (caseId, patch) => deps.cases.save(caseId, patch),
    attachTipToCase: (tipId, caseId) => deps.tips.attachToCase(tipId, caseId),
  };
}
