import { StepDefinition } from './step-definition';
import { TIP_STEPS } from './tip/tip-steps';

/** Every step of every process, by step type. */
export const STEP_DEFINITIONS: Readonly<Record<string, StepDefinition>> = Object.fromEntries(
  [...TIP_STEPS].map((s) => [s.stepType, s]),
);
