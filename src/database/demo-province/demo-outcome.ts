import type { OutcomeSchema } from '../../domain/outcome-schema';

type Outcome = Record<string, unknown>;

/** Codes the API accepts where a field names an agency or a commune. */
const DEMO_CODES = { agencyCode: 'SO_Y_TE', communeCode: 'UBND_XA_QUANG_TRUC' } as const;
const DEMO_TEXT = 'Đã thực hiện (dữ liệu minh họa)';

/** A valid outcome for a step: the first choice of each list, a short note, now, the minimum — then the scenario's choices. */
export function demoOutcome(schema: OutcomeSchema, choices: Outcome = {}): Outcome {
  const outcome: Outcome = {};
  for (const [name, spec] of Object.entries(schema)) {
    const f = spec.field;
    if (f.type === 'enum') outcome[name] = f.values[0];
    else if (f.type === 'string') outcome[name] = f.format ? DEMO_CODES[f.format] : DEMO_TEXT.slice(0, f.maxLength ?? DEMO_TEXT.length);
    else if (f.type === 'boolean') outcome[name] = false;
    else if (f.type === 'datetime') outcome[name] = new Date().toISOString();
    else outcome[name] = f.min ?? 0;
  }
  return { ...outcome, ...choices };
}
