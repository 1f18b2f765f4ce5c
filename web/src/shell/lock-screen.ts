import type { QueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import type { Me } from '../session/use-me';
import { setLockedBy } from './lock-store';
import { tellOtherTabs } from './session-channel';

/**
 * Locks the screen: the server session ends (a reload shows the sign-in screen, not the data), the cache is dropped
 * and the page shows only the password prompt for the same account. The other tabs lock too.
 */
export async function lockScreen(queryClient: QueryClient, me: Pick<Me, 'username' | 'displayName'>, tellOthers = true): Promise<void> {
  setLockedBy({ username: me.username, displayName: me.displayName });
  queryClient.clear();
  if (tellOthers) tellOtherTabs({ type: 'locked' });
  if (tellOthers) await api.POST('/auth/web/logout');
}
