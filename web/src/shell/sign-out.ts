import type { QueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { tellOtherTabs } from './session-channel';

/**
 * The server session ends, nothing of it stays in the page (cache dropped, page reloaded) and the other tabs follow.
 * `reason` is shown on the sign-in screen.
 */
export async function signOut(queryClient: QueryClient, reason?: 'idle'): Promise<void> {
  try {
    await api.POST('/auth/web/logout');
  } finally {
    tellOtherTabs({ type: 'signedOut' });
    leavePage(queryClient, reason);
  }
}

/** This tab's part of a sign-out: what another tab started, or this one. */
export function leavePage(queryClient: QueryClient, reason?: 'idle'): void {
  queryClient.clear();
  window.location.assign(reason ? `/?signedOut=${reason}` : '/');
}
