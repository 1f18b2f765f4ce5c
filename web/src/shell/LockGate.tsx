import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect } from 'react';
import type { Me } from '../session/use-me';
import { lockScreen } from './lock-screen';
import { setLockedBy, useLockedBy } from './lock-store';
import { LockScreen } from './LockScreen';
import { hearOtherTabs } from './session-channel';
import { sessionKeys } from '../session/query-keys';

/** While the screen is locked nothing of the app is rendered: only the password prompt. */
export function LockGate({ children }: { children: ReactNode }) {
  const lockedBy = useLockedBy();
  const queryClient = useQueryClient();
  useEffect(
    () =>
      hearOtherTabs((message) => {
        const me = queryClient.getQueryData<Me | null>(sessionKeys.me);
        if (message.type === 'locked' && me) void lockScreen(queryClient, me, false);
        if (message.type === 'unlocked') {
          setLockedBy(null);
          void queryClient.invalidateQueries({ queryKey: sessionKeys.me });
        }
      }),
    [queryClient],
  );
  return lockedBy ? <LockScreen lockedBy={lockedBy} /> : children;
}
