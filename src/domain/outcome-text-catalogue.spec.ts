import { OUTCOME_TEXTS } from './outcome-text-catalogue';
import { STEP_DEFINITIONS } from './step-definitions';

/** Every field and choice a form can show, as `STEP.field` and `STEP.field=CHOICE`. */
const FIELDS = Object.values(STEP_DEFINITIONS).flatMap((step) => Object.keys(step.outcome).map((name) => ({ step, name })));

describe('OUTCOME_TEXTS', () => {
  it('gives every outcome field of every step a Vietnamese and an English label and help text', () => {
    const missing = FIELDS.filter(({ step, name }) => {
      const texts = OUTCOME_TEXTS[step.stepType]?.[name];
      return !texts?.label.vi.trim() || !texts.label.en.trim() || !texts.help.vi.trim() || !texts.help.en.trim() || texts.label.vi === texts.label.en;
    }).map(({ step, name }) => `${step.stepType}.${name}`);
    expect(missing).toEqual([]);
    expect(FIELDS.length).toBeGreaterThan(100);
  });

  it('labels every choice of every step in Vietnamese, never with its code', () => {
    const missing = FIELDS.flatMap(({ step, name }) => {
      const field = step.outcome[name].field;
      if (field.type !== 'enum') return [];
      const choices = OUTCOME_TEXTS[step.stepType]?.[name]?.choices ?? {};
      return field.values.filter((code) => !choices[code]?.vi.trim() || choices[code].vi === code).map((code) => `${step.stepType}.${name}=${code}`);
    });
    expect(missing).toEqual([]);
  });

  it('holds texts only for steps, fields and choices that exist', () => {
    const stray = Object.entries(OUTCOME_TEXTS).flatMap(([stepType, fields]) =>
      Object.entries(fields).flatMap(([name, texts]) => {
        const spec = STEP_DEFINITIONS[stepType]?.outcome[name];
        if (!spec) return [`${stepType}.${name}`];
        const values: readonly string[] = spec.field.type === 'enum' ? spec.field.values : [];
        return Object.keys(texts.choices ?? {})
          .filter((code) => !values.includes(code))
          .map((code) => `${stepType}.${name}=${code}`);
      }),
    );
    expect(stray).toEqual([]);
  });
});
