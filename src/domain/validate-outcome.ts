import { OutcomeField, OutcomeSchema } from './outcome-schema';

function fieldError(name: string, spec: OutcomeField, value: unknown): string | null {
  switch (spec.type) {
    case 'enum':
      return spec.values.includes(value as string) ? null : `outcome.${name} must be one of ${spec.values.join(', ')}`;
    case 'string':
      if (typeof value !== 'string' || value.trim() === '') return `outcome.${name} must be a non-empty string`;
      if (spec.maxLength && value.length > spec.maxLength) return `outcome.${name} must be at most ${spec.maxLength} characters`;
      return null;
    case 'boolean':
      return typeof value === 'boolean' ? null : `outcome.${name} must be true or false`;
    case 'datetime':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? null : `outcome.${name} must be an ISO 8601 date-time`;
    case 'integer':
      if (!Number.isInteger(value)) return `outcome.${name} must be an integer`;
      if (spec.min !== undefined && (value as number) < spec.min) return `outcome.${name} must be at least ${spec.min}`;
      if (spec.max !== undefined && (value as number) > spec.max) return `outcome.${name} must be at most ${spec.max}`;
      return null;
  }
}

/** Returns the first problem with an outcome (naming the field), or null when it fits the schema. */
export function validateOutcome(schema: OutcomeSchema, outcome: unknown): string | null {
  if (typeof outcome !== 'object' || outcome === null || Array.isArray(outcome)) return 'outcome must be an object';
  const values = outcome as Record<string, unknown>;
  const unknown = Object.keys(values).find((k) => !(k in schema));
  if (unknown) return `outcome.${unknown} is not a field of this step (allowed: ${Object.keys(schema).join(', ')})`;
  for (const [name, spec] of Object.entries(schema)) {
    const value = values[name];
    const required = typeof spec.required === 'boolean' ? spec.required : spec.required.in.includes(values[spec.required.when] as string);
    if (value === undefined || value === null) {
      if (required) return `outcome.${name} is required`;
      continue;
    }
    const error = fieldError(name, spec.field, value);
    if (error) return error;
  }
  return null;
}
