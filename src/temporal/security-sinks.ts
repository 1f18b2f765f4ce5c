import type { Sinks } from '@temporalio/workflow';
import type { MessageKind } from './message-binding';

/** Why a workflow refused a message: its seal could not be opened, or it was not written for this use. */
export type RefusalReason = 'UNSEALED' | 'UNBOUND' | 'WRONG_BINDING' | 'REPLAYED' | 'WRONG_TARGET';

/** A refused message, as the workflow reports it: names and ids only, never the message's content. */
export interface RefusedMessage {
  workflowId: string;
  workflowType: string;
  kind: MessageKind | 'query';
  name: string;
  reason: RefusalReason;
}

/** How a workflow reports a refusal without adding to its history (a validator cannot run activities). */
export interface SecuritySinks extends Sinks {
  security: { messageRefused(event: RefusedMessage): void };
}
