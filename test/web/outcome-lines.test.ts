import { OUTCOME_TEXTS } from '../../src/domain/outcome-text-catalogue';
import { STEP_DEFINITIONS } from '../../src/domain/step-definitions';
import { outcomeJsonSchema } from '../../src/modules/steps/outcome-json-schema';
import type { OutcomeJsonSchema } from '../../web/src/components/outcome-schema';
import { outcomeLines } from '../../web/src/screens/case/outcome-lines';
import { sampleOutcome } from '../support/process-driver';

const words = { yes: 'Có', no: 'Không', agencyName: (code: string) => `tên của ${code.length} ký tự` };
const schemaOf = (stepType: string) =>
  outcomeJsonSchema(STEP_DEFINITIONS[stepType].outcome, undefined, OUTCOME_TEXTS[stepType], 'vi') as unknown as OutcomeJsonSchema;

/** A recorded outcome on the case page and its print view: labels and choice labels of GET /steps, never a code. */
describe('recorded outcome lines', () => {
  it('words every field of every step by its Vietnamese label, every choice by its label, with no code or key left', () => {
    let checked = 0;
    for (const [stepType, step] of Object.entries(STEP_DEFINITIONS)) {
      const enums = Object.entries(step.outcome).flatMap(([, spec]) => (spec.field.type === 'enum' ? [...spec.field.values] : []));
      // Every choice, one outcome per choice position, so each label is met once at least.
      const width = Math.max(1, ...Object.values(step.outcome).map((spec) => (spec.field.type === 'enum' ? spec.field.values.length : 1)));
      for (let i = 0; i < width; i++) {
        const choices = Object.fromEntries(
          Object.entries(step.outcome).flatMap(([name, spec]) =>
            spec.field.type === 'enum' ? [[name, spec.field.values[i % spec.field.values.length]]] : [],
          ),
        );
        const outcome = sampleOutcome(step.outcome, choices);
        const lines = outcomeLines(schemaOf(stepType), outcome, words);
        expect(lines.map((l) => l.field)).toEqual(Object.keys(step.outcome));
        for (const line of lines) {
          const texts = OUTCOME_TEXTS[stepType][line.field];
          expect(line.label).toBe(texts.label.vi);
          expect(Object.keys(step.outcome)).not.toContain(line.value);
          expect(enums).not.toContain(line.value);
          const spec = step.outcome[line.field].field;
          if (spec.type === 'enum') expect(line.value).toBe(texts.choices![String(outcome[line.field])].vi);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(105);
  });

  it('writes yes/no in words, a date-time in the province, an agency by name, and leaves out what it cannot word', () => {
    const schema: OutcomeJsonSchema = {
      properties: {
        at: { type: 'string', format: 'date-time', title: 'Thời điểm' },
        ok: { type: ['boolean', 'null'], title: 'Đồng ý' },
        agency: { type: 'string', 'x-code-format': 'agencyCode', title: 'Đơn vị' },
        count: { type: 'integer', title: 'Số người' },
        choice: { enum: ['A', null], title: 'Lựa chọn', 'x-enum-labels': {} },
        untitled: { type: 'string' },
      },
    };
    const lines = outcomeLines(
      schema,
      { at: '2026-11-27T18:30:00.000Z', ok: false, agency: 'SO_Y_TE', count: 1200, choice: 'A', untitled: 'x', extra: 'y' },
      {
        ...words,
        agencyName: (code) => (code === 'SO_Y_TE' ? 'Sở Y tế' : code),
      },
    );
    expect(lines).toEqual([
      { field: 'at', label: 'Thời điểm', value: '28/11/2026 01:30' },
      { field: 'ok', label: 'Đồng ý', value: 'Không' },
      { field: 'agency', label: 'Đơn vị', value: 'Sở Y tế' },
      { field: 'count', label: 'Số người', value: '1.200' },
    ]);
    expect(outcomeLines(undefined, { a: 1 }, words)).toEqual([]);
  });
});
