import { OutcomeField, OutcomeSchema } from '../../domain/outcome-schema';
import type { OutcomeFieldTexts } from '../../domain/outcome-texts';
import type { Language } from '../../common/i18n/language';

/** A JSON Schema (draft 2020-12) document or subschema, as plain data. */
export type JsonSchema = Record<string, unknown>;

export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

function fieldSchema(field: OutcomeField): JsonSchema {
  switch (field.type) {
    case 'enum':
      return { enum: [...field.values] };
    case 'string':
      // The workflow refuses an empty or blank text: at least one character that is not white space.
      return {
        type: 'string',
        minLength: 1,
        pattern: '\\S',
        ...(field.maxLength ? { maxLength: field.maxLength } : {}),
        ...(field.format ? { 'x-code-format': field.format } : {}),
      };
    case 'boolean':
      return { type: 'boolean' };
    case 'datetime':
      return { type: 'string', format: 'date-time' };
    case 'integer':
      return {
        type: 'integer',
        ...(field.min !== undefined ? { minimum: field.min } : {}),
        ...(field.max !== undefined ? { maximum: field.max } : {}),
      };
  }
}

/** An optional field may be sent as null: the workflow reads null as absent. */
function orNull(schema: JsonSchema): JsonSchema {
  if (Array.isArray(schema.enum)) return { ...schema, enum: [...(schema.enum as unknown[]), null] };
  return { ...schema, type: [schema.type, 'null'] };
}

/** The texts a person reads about a field, in one language: `title` (label), `description` (help), `x-enum-labels`. */
function fieldTexts(texts: OutcomeFieldTexts | undefined, language: Language, fallback: string): JsonSchema {
  if (!texts) return { description: fallback };
  const choices = texts.choices ? { 'x-enum-labels': Object.fromEntries(Object.entries(texts.choices).map(([code, t]) => [code, t[language]])) } : {};
  return { title: texts.label[language], description: texts.help[language], ...choices };
}

/**
 * A step's outcome schema as JSON Schema 2020-12, so any client can build and check the form. It accepts exactly
 * what `validateOutcome` accepts, except that date-times must be RFC 3339 (the API is more lenient) and codes of
 * agencies and communes (`x-code-format`) are checked against the agency list only by the API. Each field's label,
 * help and choice labels come from the step's texts in the caller's language.
 */
export function outcomeJsonSchema(
  schema: OutcomeSchema,
  title?: string,
  texts: Readonly<Record<string, OutcomeFieldTexts>> = {},
  language: Language = 'en',
): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  const conditions: JsonSchema[] = [];
  for (const [name, spec] of Object.entries(schema)) {
    const own = { ...fieldSchema(spec.field), ...fieldTexts(texts[name], language, spec.description) };
    if (spec.required === true) {
      properties[name] = own;
      required.push(name);
      continue;
    }
    properties[name] = orNull(own);
    if (spec.required === false) continue;
    const { when, in: values } = spec.required;
    conditions.push({
      if: { properties: { [when]: { enum: [...values] } }, required: [when] },
      then: { required: [name], properties: { [name]: { not: { type: 'null' } } } },
    });
  }
  return {
    $schema: JSON_SCHEMA_DIALECT,
    ...(title ? { title } : {}),
    type: 'object',
    properties,
    required,
    additionalProperties: false,
    ...(conditions.length ? { allOf: conditions } : {}),
  };
}
