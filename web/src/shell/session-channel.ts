/** What one tab tells the others about the shared session: never who, only what happened. */
export type SessionMessage = { type: 'activity'; at: number } | { type: 'signedOut' } | { type: 'locked' } | { type: 'unlocked' };

type Listener = (message: SessionMessage) => void;

const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('session');
const listeners = new Set<Listener>();
channel?.addEventListener('message', (event: MessageEvent<SessionMessage>) => {
  for (const listener of listeners) listener(event.data);
});

/** Tell the other tabs of this browser (not this one). */
export function tellOtherTabs(message: SessionMessage): void {
  channel?.postMessage(message);
}

/** Hear the other tabs; returns the unsubscribe. */
export function hearOtherTabs(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
