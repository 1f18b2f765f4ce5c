/** The shape a step's outcome must have: small, declarative, and checked the same way in workflow and API. */
/**
 * A string naming an agency (any code of the agency list) or a commune (in any form `communeCommittee` reads). The
 * workflow's validator cannot see the agency list, so the API checks such fields before it sends the outcome.
 */
export type CodeFormat = 'agencyCode' | 'communeCode';

export type OutcomeField =
  | { type: 'enum'; values: readonly string[] }
  | { type: 'string'; maxLength?: number; format?: CodeFormat }
  | { type: 'boolean' }
  | { type: 'datetime' }
  | { type: 'integer'; min?: number; max?: number };

export interface OutcomeFieldSpec {
  field: OutcomeField;
  /** Always required, never, or only when another field holds one of the listed values. */
  required: boolean | { when: string; in: readonly string[] };
  description: string;
}

export type OutcomeSchema = Record<string, OutcomeFieldSpec>;
