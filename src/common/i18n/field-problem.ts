import { LocalizedText } from './localized-text';

/** One field that failed validation: its path in the body, the rule it broke and what to do, in both languages. */
export interface FieldProblem {
  /** Dotted path from the body's root: `summary`, `tipsterContact.phone`, `items.0.code`. */
  field: string;
  /** The rule: a class-validator constraint name (`isNotEmpty`, `maxLength`, `whitelistValidation`…). */
  code: string;
  message: LocalizedText;
}
