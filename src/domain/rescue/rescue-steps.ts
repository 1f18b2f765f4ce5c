import { StepDefinition } from '../step-definition';

export const RESCUE_STEPS: StepDefinition[] = [];
