import { StepDefinition } from '../step-definition';

export const PROSECUTION_STEPS: StepDefinition[] = [];
