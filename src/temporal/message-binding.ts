/**
 * The use a sealed message was written for. Temporal's payload codec sees no workflow id, so the binding travels
 * inside the sealed plaintext, next to the arguments: AES-GCM authenticates it with them, and copying the payload to
 * another workflow, another message name or another update id leaves a binding the receiving workflow refuses
 * (message-binding-check.ts). Imported by the workflow bundle: no Node imports here.
 */
export interface MessageBinding {
  namespace: string;
  workflowId: string;
  kind: MessageKind;
  /** The workflow type for a start, the signal's or update's name otherwise. */
  name: string;
  /** The update id; for a signal, an id chosen by its sender and applied at most once; none for a start. */
  messageId: string | null;
}

export type MessageKind = 'start' | 'signal' | 'update';

const BOUND_MESSAGE = '__boundMessage';

interface BoundArgs {
  [BOUND_MESSAGE]: MessageBinding;
  args: unknown[];
}

/** The one argument a bound message is sent as: its binding and the handler's own arguments. */
export const bindArgs = (binding: MessageBinding, args: unknown[]): [BoundArgs] => [{ [BOUND_MESSAGE]: binding, args }];

/** The binding and the handler's arguments of a bound message; null for arguments sent without a binding. */
export function unbindArgs(args: unknown[]): { binding: MessageBinding; args: unknown[] } | null {
  const [first] = args;
  if (args.length !== 1 || typeof first !== 'object' || first === null || !(BOUND_MESSAGE in first)) return null;
  const bound = first as BoundArgs;
  return Array.isArray(bound.args) ? { binding: bound[BOUND_MESSAGE], args: bound.args } : null;
}
