import { OutcomeField, OutcomeSchema } from './outcome-schema';

/** What is wrong with an outcome, as data: the field (none when the outcome is not an object) and the rule it breaks. */
export type OutcomeProblem =
  | { rule: 'notAnObject' }
  | { rule: 'unknownField'; field: string; allowed: string[] }
  | { rule: 'required'; field: string }
  | { rule: 'notOneOf'; field: string; allowed: readonly string[] }
  | { rule: 'notText'; field: string }
  | { rule: 'tooLong'; field: string; limit: number }
  | { rule: 'notBoolean'; field: string }
  | { rule: 'notDateTime'; field: string }
  | { rule: 'notInteger'; field: string }
  | { rule: 'tooSmall'; field: string; limit: number }
  | { rule: 'tooLarge'; field: string; limit: number };

function fieldProblem(field: string, spec: OutcomeField, value: unknown): OutcomeProblem | null {
  switch (spec.type) {
    case 'enum':
      return spec.values.includes(value as string) ? null : { rule: 'notOneOf', field, allowed: spec.values };
    case 'string':
      if (typeof value !== 'string' || value.trim() === '') return { rule: 'notText', field };
      if (spec.maxLength && value.length > spec.maxLength) return { rule: 'tooLong', field, limit: spec.maxLength };
      return null;
    case 'boolean':
      return typeof value === 'boolean' ? null : { rule: 'notBoolean', field };
    case 'datetime':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? null : { rule: 'notDateTime', field };
    case 'integer':
      if (!Number.isInteger(value)) return { rule: 'notInteger', field };
      if (spec.min !== undefined && (value as number) < spec.min) return { rule: 'tooSmall', field, limit: spec.min };
      if (spec.max !== undefined && (value as number) > spec.max) return { rule: 'tooLarge', field, limit: spec.max };
      return null;
  }
}

/** The first problem with an outcome, or null when it fits the schema. */
export function findOutcomeProblem(schema: OutcomeSchema, outcome: unknown): OutcomeProblem | null {
  if (typeof outcome !== 'object' || outcome === null || Array.isArray(outcome)) return { rule: 'notAnObject' };
  const values = outcome as Record<string, unknown>;
  const unknown = Object.keys(values).find((k) => !(k in schema));
  if (unknown) return { rule: 'unknownField', field: unknown, allowed: Object.keys(schema) };
  for (const [name, spec] of Object.entries(schema)) {
    const value = values[name];
    const required = typeof spec.required === 'boolean' ? spec.required : spec.required.in.includes(values[spec.required.when] as string);
    if (value === undefined || value === null) {
      if (required) return { rule: 'required', field: name };
      continue;
    }
    const problem = fieldProblem(name, spec.field, value);
    if (problem) return problem;
  }
  return null;
}

/** A problem in English for programs, naming the field by its path (`outcome.reason is required`). */
export function outcomeProblemMessage(problem: OutcomeProblem): string {
  if (problem.rule === 'notAnObject') return 'outcome must be an object';
  const field = `outcome.${problem.field}`;
  switch (problem.rule) {
    case 'unknownField':
      return `${field} is not a field of this step (allowed: ${problem.allowed.join(', ')})`;
    case 'required':
      return `${field} is required`;
    case 'notOneOf':
      return `${field} must be one of ${problem.allowed.join(', ')}`;
    case 'notText':
      return `${field} must be a non-empty string`;
    case 'tooLong':
      return `${field} must be at most ${problem.limit} characters`;
    case 'notBoolean':
      return `${field} must be true or false`;
    case 'notDateTime':
      return `${field} must be an ISO 8601 date-time`;
    case 'notInteger':
      return `${field} must be an integer`;
    case 'tooSmall':
      return `${field} must be at least ${problem.limit}`;
    case 'tooLarge':
      return `${field} must be at most ${problem.limit}`;
  }
}

/** Returns the first problem with an outcome (naming the field), or null when it fits the schema. */
export function validateOutcome(schema: OutcomeSchema, outcome: unknown): string | null {
  const problem = findOutcomeProblem(schema, outcome);
  return problem && outcomeProblemMessage(problem);
}
