import { StepDefinition } from '../step-definition';

export const RECEPTION_STEPS: StepDefinition[] = [];
