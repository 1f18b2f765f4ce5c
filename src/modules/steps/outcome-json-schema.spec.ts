import { OUTCOME_TEXTS } from '../../domain/outcome-text-catalogue';
import { STEP_DEFINITIONS } from '../../domain/step-definitions';
import { TipStepType } from '../../domain/tip/tip-step-type';
import { outcomeJsonSchema } from './outcome-json-schema';

describe('outcomeJsonSchema', () => {
  const verify = outcomeJsonSchema(STEP_DEFINITIONS[TipStepType.VERIFY].outcome);

  it('is a closed 2020-12 object schema with the always-required fields', () => {
    expect(verify).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      additionalProperties: false,
      required: ['decision', 'findings'],
    });
  });

  it('turns a field required only for some decisions into if/then, and lets it be null otherwise', () => {
    expect(verify.allOf).toEqual([
      {
        if: { properties: { decision: { enum: ['UNFOUNDED', 'SUSPENDED'] } }, required: ['decision'] },
        then: { required: ['reason'], properties: { reason: { not: { type: 'null' } } } },
      },
    ]);
    expect((verify.properties as any).reason.type).toEqual(['string', 'null']);
  });

  it('refuses blank texts and keeps lengths and bounds', () => {
    expect((verify.properties as any).findings).toMatchObject({ type: 'string', minLength: 1, pattern: '\\S', maxLength: 8000 });
  });

  it('labels each field, its help and each choice in the language asked for', () => {
    const vi = outcomeJsonSchema(STEP_DEFINITIONS[TipStepType.VERIFY].outcome, undefined, OUTCOME_TEXTS[TipStepType.VERIFY], 'vi');
    expect((vi.properties as any).decision).toMatchObject({
      title: 'Quyết định',
      'x-enum-labels': { CONFIRMED: 'Có dấu hiệu tội phạm', UNFOUNDED: 'Không có dấu hiệu tội phạm' },
    });
    expect((vi.properties as any).findings.description).toBe('Những gì việc kiểm tra, xác minh đã làm rõ');
    const en = outcomeJsonSchema(STEP_DEFINITIONS[TipStepType.VERIFY].outcome, undefined, OUTCOME_TEXTS[TipStepType.VERIFY], 'en');
    expect((en.properties as any).findings).toMatchObject({ title: 'Findings', description: 'What the verification found' });
  });
});
