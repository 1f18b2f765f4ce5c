/** The part of a step's outcome JSON Schema (GET /steps) that the generated form reads. */
export interface OutcomePropertySchema {
  type?: string | string[];
  enum?: (string | null)[];
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  /** The field's label, in the language the steps were asked in. */
  title?: string;
  /** The field's help text, in the same language. */
  description?: string;
  /** Each choice's label, by code. */
  'x-enum-labels'?: Record<string, string>;
  /** The field holds an agency's code, or a commune's: chosen by name from the agency list. */
  'x-code-format'?: 'agencyCode' | 'communeCode';
}

export interface OutcomeJsonSchema {
  properties: Record<string, OutcomePropertySchema>;
  required?: string[];
  allOf?: { if: { properties: Record<string, { enum: unknown[] }> }; then: { required: string[] } }[];
}

export type OutcomeValues = Record<string, string | boolean | undefined>;

export const kindOf = (property: OutcomePropertySchema): 'enum' | 'boolean' | 'integer' | 'datetime' | 'agency' | 'commune' | 'text' => {
  const types = ([] as unknown[]).concat(property.type ?? []);
  if (property.enum) return 'enum';
  if (property['x-code-format'] === 'agencyCode') return 'agency';
  if (property['x-code-format'] === 'communeCode') return 'commune';
  if (types.includes('boolean')) return 'boolean';
  if (types.includes('integer')) return 'integer';
  if (property.format === 'date-time') return 'datetime';
  return 'text';
};

/** Required now: always, or because another field holds a value that makes it so (`if`/`then` of the schema). */
export function requiredFields(schema: OutcomeJsonSchema, values: OutcomeValues): Set<string> {
  const required = new Set(schema.required ?? []);
  for (const condition of schema.allOf ?? []) {
    const matches = Object.entries(condition.if.properties).every(([field, rule]) => rule.enum.includes(values[field]));
    if (matches) condition.then.required.forEach((field) => required.add(field));
  }
  return required;
}

export type OutcomeProblem = { field: string; problem: 'required' | 'tooLong' | 'outOfRange' | 'notInteger' };

/** The browser's check before sending, the same rules the schema states; the server checks again. */
export function outcomeProblems(schema: OutcomeJsonSchema, values: OutcomeValues): OutcomeProblem[] {
  const required = requiredFields(schema, values);
  const problems: OutcomeProblem[] = [];
  for (const [field, property] of Object.entries(schema.properties)) {
    const value = values[field];
    const empty = value === undefined || (typeof value === 'string' && value.trim() === '');
    if (empty) {
      if (required.has(field)) problems.push({ field, problem: 'required' });
      continue;
    }
    if (typeof value !== 'string') continue;
    if (property.maxLength !== undefined && value.length > property.maxLength) problems.push({ field, problem: 'tooLong' });
    if (kindOf(property) === 'integer') {
      const number = Number(value);
      if (!Number.isInteger(number)) problems.push({ field, problem: 'notInteger' });
      else if ((property.minimum !== undefined && number < property.minimum) || (property.maximum !== undefined && number > property.maximum))
        problems.push({ field, problem: 'outOfRange' });
    }
  }
  return problems;
}
