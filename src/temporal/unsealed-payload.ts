/**
 * What the codec turns a payload into when it is not sealed with the deployment's key: a value no handler would
 * accept, which the workflow interceptors (unsealed-payload-interceptors.ts) recognise and refuse. Decoding to a
 * marker instead of failing keeps a forged signal in the history from failing every later workflow task.
 */
export const UNSEALED_PAYLOAD_MARKER = '__unsealedPayloadRefused';

export const isUnsealedPayload = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && (value as Record<string, unknown>)[UNSEALED_PAYLOAD_MARKER] === true;
