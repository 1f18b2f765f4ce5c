import type { ValueTransformer } from 'typeorm';
import { columnSealer } from './column-sealer';
import { EnvelopeSealer } from './envelope-sealer';

type Json = Record<string, unknown>;

const mapObject = (value: unknown, each: (key: string, field: unknown) => unknown): unknown => {
  if (Array.isArray(value)) return value.map((item) => mapObject(item, each));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value as Json).map(([key, field]) => [key, each(key, field)]));
};

/**
 * A jsonb column (an object, or an array of objects) whose free-text string fields are sealed one by one, the
 * structured ones (choices, dates, codes, numbers) left in clear so SQL can still count and filter on them (the
 * statistics read `outcome->>'decision'`). On read every sealed string opens, whatever its key.
 */
export function sealedJsonFields(context: string, isFreeText: (key: string) => boolean): ValueTransformer {
  return {
    to: (value: unknown) =>
      mapObject(value, (key, field) => (typeof field === 'string' && isFreeText(key) ? columnSealer().seal(field, context) : field)),
    from: (value: unknown) => openJsonFields(value, context),
  };
}

/** Every sealed string field of a jsonb value opened (raw reads, which bypass the transformer). */
export function openJsonFields(value: unknown, context: string): unknown {
  return mapObject(value, (_key, field) =>
    typeof field === 'string' && EnvelopeSealer.isSealed(field) ? columnSealer().open(field, context) : field,
  );
}
