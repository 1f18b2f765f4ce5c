import { AsyncLocalStorage } from 'node:async_hooks';

interface Contact {
  changeSent: boolean;
}

const storage = new AsyncLocalStorage<Contact>();

/**
 * Per HTTP request: whether a change (a workflow start or an update) has been sent to the workflow engine. Once one
 * has, a later failure (PostgreSQL down, a write refused) cannot truthfully say "nothing was changed": the error
 * filter answers 504 OUTCOME_UNKNOWN instead. Outside a request (the worker, sweeps) nothing is recorded.
 */
export const engineContact = {
  /** Runs one request with its own record (an Express middleware, so the error filter sees it too). */
  run<T>(fn: () => T): T {
    return storage.run({ changeSent: false }, fn);
  },
  /** Called just before a change leaves for the engine; returns what was recorded before, for `undo`. */
  changeSending(): boolean {
    const contact = storage.getStore();
    const before = contact?.changeSent ?? false;
    if (contact) contact.changeSent = true;
    return before;
  },
  /** The engine refused the change (a rule's "no"): it certainly did not apply it. */
  undo(before: boolean): void {
    const contact = storage.getStore();
    if (contact) contact.changeSent = before;
  },
  changeWasSent(): boolean {
    return storage.getStore()?.changeSent ?? false;
  },
};
