/**
 * The one rule for an Idempotency-Key, on every route: 1 to 200 visible ASCII characters. The interceptor checks it
 * and the OpenAPI document states it from these same values.
 */
export const IDEMPOTENCY_KEY_RULE = {
  minLength: 1,
  maxLength: 200,
  /** Visible ASCII, `!` (0x21) to `~` (0x7e). */
  pattern: '^[!-~]{1,200}$',
  text: '1 to 200 visible ASCII characters',
} as const;
