import { STEP_DEFINITIONS } from '../step-definitions';

/**
 * Outcome keys that hold structured values in every step that has them (choices, dates, numbers, yes/no, agency and
 * commune codes): what statistics count on. Every other string key is free text (findings, notes, document numbers,
 * names) and is sealed at rest. No key is structured in one step and free text in another (checked in its spec).
 */
export const STRUCTURED_OUTCOME_KEYS: ReadonlySet<string> = new Set(
  Object.values(STEP_DEFINITIONS).flatMap((step) =>
    Object.entries(step.outcome ?? {})
      .filter(([, spec]) => !(spec.field.type === 'string' && spec.field.format === undefined))
      .map(([key]) => key),
  ),
);
