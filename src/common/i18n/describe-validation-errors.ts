import { ValidationError } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { CONSTRAINT_MESSAGES, FALLBACK_CONSTRAINT_MESSAGE } from './constraint-messages';
import { fieldLabel } from './field-labels';
import { FieldProblem } from './field-problem';

/** The arguments a decorator was given (`@MaxLength(100)` → [100]), read back from class-validator's metadata. */
function constraintArguments(error: ValidationError, constraint: string): unknown[] {
  const target = error.target?.constructor;
  if (!target) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((m) => m.propertyName === error.property && (m.name === constraint || m.type === constraint));
  return (metadata?.constraints as unknown[] | undefined) ?? [];
}

function fill(template: string, field: string, args: unknown[]): string {
  return template
    .replace(/\{field\}/g, field)
    .replace(/\{values\}/g, () => (Array.isArray(args[1]) ? (args[1] as unknown[]).join(', ') : ''))
    .replace(/\{(\d)\}/g, (_, i: string) => {
      const arg = args[Number(i)];
      return Array.isArray(arg) ? arg.join(', ') : String(arg ?? '');
    });
}

/**
 * class-validator's errors as one problem per field and rule. The English text is class-validator's own (a DTO's
 * custom message says most), prefixed with the path of nested fields; the Vietnamese one comes from the table and
 * names the field by its label.
 */
export function describeValidationErrors(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = `${prefix}${error.property}`;
    const own = Object.entries(error.constraints ?? {}).map(([code, english]): FieldProblem => {
      const template = CONSTRAINT_MESSAGES[code] ?? FALLBACK_CONSTRAINT_MESSAGE;
      return {
        field,
        code,
        message: { vi: fill(template.vi, fieldLabel(field, 'vi'), constraintArguments(error, code)), en: prefix ? `${prefix}${english}` : english },
      };
    });
    return [...own, ...describeValidationErrors(error.children ?? [], `${field}.`)];
  });
}
