import { kindOf, type OutcomeJsonSchema } from '../../components/outcome-schema';
import { formatInstant } from '../../format/local-date-time';

export interface OutcomeLine {
  field: string;
  label: string;
  value: string;
}

export interface OutcomeWords {
  yes: string;
  no: string;
  /** An agency's or a commune's name for its code. */
  agencyName: (code: string) => string;
}

/**
 * A recorded outcome as a person reads it: each field the step's schema (GET /steps, in the screen's language) knows,
 * in the schema's order, by its label, with a choice by its label, yes/no in words, a date-time in the province
 * (dd/MM/yyyy HH:mm) and an agency or commune by name. A field without a label, or a value it cannot word, is left
 * out rather than shown as a code.
 */
export function outcomeLines(schema: OutcomeJsonSchema | undefined, outcome: Record<string, unknown>, words: OutcomeWords): OutcomeLine[] {
  if (!schema) return [];
  const lines: OutcomeLine[] = [];
  for (const [field, property] of Object.entries(schema.properties)) {
    const raw = outcome[field];
    if (raw === undefined || raw === null || raw === '' || !property.title) continue;
    const value = wordOf(property, raw, words);
    if (value !== null) lines.push({ field, label: property.title, value });
  }
  return lines;
}

function wordOf(property: OutcomeJsonSchema['properties'][string], raw: unknown, words: OutcomeWords): string | null {
  switch (kindOf(property)) {
    case 'enum':
      return property['x-enum-labels']?.[String(raw)] ?? null;
    case 'boolean':
      return raw === true ? words.yes : raw === false ? words.no : null;
    case 'datetime':
      return formatInstant(typeof raw === 'number' ? new Date(raw).toISOString() : String(raw)) || null;
    case 'agency':
    case 'commune':
      return words.agencyName(String(raw));
    case 'integer':
      return typeof raw === 'number' ? raw.toLocaleString('vi-VN') : String(raw);
    default:
      return typeof raw === 'string' ? raw : null;
  }
}
