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
});
