import type { OutcomeSchema } from '../../src/domain/outcome-schema';
import { sampleOutcome } from './process-driver';

type Outcome = Record<string, unknown>;

/**
 * Outcomes around a step's sample, for comparing two validators: every enum value of every field (conditional
 * requirements switch on), and for each field the usual ways to get it wrong — missing, null, the wrong type, blank,
 * too long, out of range, an unknown value — plus an unknown field and a non-object.
 */
export function outcomeVariants(schema: OutcomeSchema): { name: string; outcome: unknown }[] {
  const base = sampleOutcome(schema);
  const variants: { name: string; outcome: unknown }[] = [{ name: 'sample', outcome: base }];
  const withField = (field: string, value: unknown): Outcome => ({ ...base, [field]: value });
  const without = (field: string): Outcome => Object.fromEntries(Object.entries(base).filter(([k]) => k !== field));
  for (const [name, spec] of Object.entries(schema)) {
    const f = spec.field;
    if (f.type === 'enum')
      for (const value of f.values) {
        variants.push({ name: `${name}=${value}`, outcome: withField(name, value) });
        // The same choice without each other field: shows which fields that choice makes required.
        for (const other of Object.keys(schema))
          if (other !== name) variants.push({ name: `${name}=${value} without ${other}`, outcome: { ...without(other), [name]: value } });
      }
    variants.push(
      { name: `without ${name}`, outcome: without(name) },
      { name: `${name}=null`, outcome: withField(name, null) },
      { name: `${name} as a number`, outcome: withField(name, 12345) },
      { name: `${name} as an object`, outcome: withField(name, { nested: true }) },
      { name: `${name} as a string`, outcome: withField(name, 'something else') },
      { name: `${name} blank`, outcome: withField(name, '   ') },
      { name: `${name} as true`, outcome: withField(name, true) },
    );
    if (f.type === 'string' && f.maxLength) {
      variants.push({ name: `${name} at its limit`, outcome: withField(name, 'x'.repeat(f.maxLength)) });
      variants.push({ name: `${name} over its limit`, outcome: withField(name, 'x'.repeat(f.maxLength + 1)) });
    }
    if (f.type === 'integer') {
      if (f.min !== undefined) variants.push({ name: `${name} below min`, outcome: withField(name, f.min - 1) });
      if (f.max !== undefined) variants.push({ name: `${name} above max`, outcome: withField(name, f.max + 1) });
      variants.push({ name: `${name} fractional`, outcome: withField(name, (f.min ?? 0) + 0.5) });
    }
  }
  variants.push(
    { name: 'unknown field', outcome: { ...base, notAField: 'x' } },
    { name: 'array', outcome: [base] },
    { name: 'string', outcome: 'done' },
  );
  return variants;
}
