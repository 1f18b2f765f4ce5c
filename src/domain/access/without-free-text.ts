import { STEP_DEFINITIONS } from '../step-definitions';

/**
 * The outcome with only its structured fields (choices, dates, numbers, yes/no, agency and commune codes): free
 * text is where names, places and findings end up. A field the step's schema does not know is dropped too.
 */
export function withoutFreeText(stepType: string, outcome: Record<string, unknown> | null): Record<string, unknown> | null {
  if (!outcome) return outcome;
  const schema = STEP_DEFINITIONS[stepType]?.outcome ?? {};
  return Object.fromEntries(
    Object.entries(outcome).filter(([key]) => {
      const spec = schema[key];
      return spec !== undefined && !(spec.field.type === 'string' && spec.field.format === undefined);
    }),
  );
}
