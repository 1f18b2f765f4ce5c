import type { CasesService } from '../src/modules/cases/cases.service';
import type { TipsService } from '../src/modules/tips/tips.service';
import type { ProcessActivities } from './process-activities';

export function createTipActivities(deps: { tips: TipsService; cases: CasesService }): Pick<ProcessActivities, 'setTipStatus' | 'openCaseFromTip'> {
  return {
    setTipStatus: (tipId, status, caseId) => deps.tips.setStatus(tipId, status, caseId),
    openCaseFromTip: async (tipId) => {
      const opened = await deps.cases.openFromTip(tipId);
      return { caseId: opened.id, reference: opened.reference, attached: opened.originTipId !== tipId };
    },
  };
}
