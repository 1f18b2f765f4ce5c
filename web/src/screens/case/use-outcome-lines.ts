import { useTranslation } from 'react-i18next';
import type { OutcomeJsonSchema } from '../../components/outcome-schema';
import { useAgencyName } from '../../session/use-agencies';
import { useSteps } from '../../session/use-steps';
import { outcomeLines, type OutcomeLine } from './outcome-lines';

/** A step's title and its recorded outcome's lines in the screen's language, from GET /steps (the one catalogue of texts). */
export function useOutcomeLines(): {
  ready: boolean;
  lines: (stepType: string, outcome: Record<string, unknown>) => OutcomeLine[];
} {
  const { t } = useTranslation();
  const steps = useSteps();
  const agencyName = useAgencyName();
  const schemas = new Map((steps.data ?? []).map((step) => [step.stepType, step.outcomeSchema as unknown as OutcomeJsonSchema]));
  return {
    ready: Boolean(steps.data),
    lines: (stepType, outcome) => outcomeLines(schemas.get(stepType), outcome, { yes: t('common.yes'), no: t('common.no'), agencyName }),
  };
}
