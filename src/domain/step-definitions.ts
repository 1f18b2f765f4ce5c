import { PROSECUTION_STEPS } from './prosecution/prosecution-steps';
import { RECEPTION_STEPS } from './reception/reception-steps';
import { RESCUE_STEPS } from './rescue/rescue-steps';
import { StepDefinition } from './step-definition';
import { TIP_STEPS } from './tip/tip-steps';

/** Every step of every process, by step type. */
export const STEP_DEFINITIONS: Readonly<Record<string, StepDefinition>> = Object.fromEntries(
  [...TIP_STEPS, ...RESCUE_STEPS, ...RECEPTION_STEPS, ...PROSECUTION_STEPS].map((s) => [s.stepType, s]),
);
