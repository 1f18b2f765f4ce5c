import { useSyncExternalStore } from 'react';

/** Who locked the screen: kept in memory only, to sign the same account in again. */
export interface LockedBy {
  username: string;
  displayName: string;
}

let lockedBy: LockedBy | null = null;
const listeners = new Set<() => void>();

export function setLockedBy(next: LockedBy | null): void {
  lockedBy = next;
  for (const listener of listeners) listener();
}

export function useLockedBy(): LockedBy | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => lockedBy,
  );
}
