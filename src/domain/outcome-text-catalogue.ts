import { StepOutcomeTexts } from './outcome-texts';
import { PROSECUTION_OUTCOME_TEXTS } from './prosecution/prosecution-outcome-texts';
import { RECEPTION_OUTCOME_TEXTS } from './reception/reception-outcome-texts';
import { RESCUE_OUTCOME_TEXTS } from './rescue/rescue-outcome-texts';
import { TIP_OUTCOME_TEXTS } from './tip/tip-outcome-texts';

/** The one catalogue of what people read about outcome fields and choices, for every step of every process. */
export const OUTCOME_TEXTS: StepOutcomeTexts = {
  ...TIP_OUTCOME_TEXTS,
  ...RESCUE_OUTCOME_TEXTS,
  ...RECEPTION_OUTCOME_TEXTS,
  ...PROSECUTION_OUTCOME_TEXTS,
};
