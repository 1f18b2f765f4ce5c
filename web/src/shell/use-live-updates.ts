import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api/client';
import { sessionKeys } from '../session/query-keys';
import { taskKeys } from '../screens/inbox/query-keys';
import { caseKeys } from '../screens/case/query-keys';
import { tipKeys } from '../screens/lists/query-keys';
import { escalationKeys, statisticsKeys } from '../screens/dashboard/query-keys';

/** The event types of GET /events and the query keys (by prefix) whose lists they change. */
const KEYS_BY_EVENT: Record<string, ReadonlyArray<readonly string[]>> = {
  'task.created': [taskKeys.all, caseKeys.all, statisticsKeys.all],
  'task.updated': [taskKeys.all, caseKeys.all, statisticsKeys.all],
  'tip.updated': [tipKeys.all, caseKeys.all, statisticsKeys.all],
  'escalation.fired': [escalationKeys.all, statisticsKeys.all],
  'escalation.acknowledged': [escalationKeys.all, statisticsKeys.all],
};
const FIRST_RETRY_MS = 2000;
/** Events this soon after the user's own change are mostly its echo: the lists reload without asking. */
const OWN_CHANGE_MS = 10_000;
const LAST_RETRY_MS = 60_000;

export interface LiveUpdates {
  /** New tasks and other changes heard but not yet shown. */
  newTasks: number;
  changes: number;
  /** How many new tasks the last update brought in (for the announcement), 0 before any. */
  applied: number;
  /** Whether the stream is open now. */
  connected: boolean;
  refresh(): void;
}

/**
 * One EventSource on GET /events while signed in. Changes are held while the pointer is over the main content, so
 * nothing re-sorts under it, and shown at once otherwise or with `refresh`. A dropped stream is reopened (after
 * renewing the session when the server refused it), and whatever was missed meanwhile is read again. `enabled`: the
 * caller's permissions include `events:read` (an administrator's do not, so their session never asks).
 */
export function useLiveUpdates(enabled: boolean): LiveUpdates {
  const queryClient = useQueryClient();
  const pending = useRef({ newTasks: 0, keys: new Map<string, readonly string[]>() });
  const [counts, setCounts] = useState({ newTasks: 0, changes: 0, applied: 0 });
  const [connected, setConnected] = useState(false);

  const refresh = useCallback(() => {
    const { newTasks, keys } = pending.current;
    pending.current = { newTasks: 0, keys: new Map() };
    for (const queryKey of keys.values()) void queryClient.invalidateQueries({ queryKey });
    setCounts({ newTasks: 0, changes: 0, applied: newTasks });
  }, [queryClient]);

  useEffect(() => {
    if (!enabled) return;
    let ownChangeAt = 0;
    const stopWatchingMutations = queryClient.getMutationCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'success') ownChangeAt = Date.now();
    });
    const pointerOverMain = () => document.querySelector('main:hover') !== null;
    const heard = (type: string) => {
      for (const key of KEYS_BY_EVENT[type] ?? []) pending.current.keys.set(key.join('/'), key);
      if (type === 'task.created') pending.current.newTasks += 1;
      if (pointerOverMain() && Date.now() - ownChangeAt > OWN_CHANGE_MS)
        setCounts((c) => ({ ...c, newTasks: pending.current.newTasks, changes: pending.current.keys.size }));
      else refresh();
    };
    const main = document.querySelector('main');
    const onLeave = () => {
      if (pending.current.keys.size > 0) refresh();
    };
    main?.addEventListener('pointerleave', onLeave);

    let source: EventSource | null = null;
    let retryMs = FIRST_RETRY_MS;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    let missed = false;
    const open = () => {
      source = new EventSource('/events', { withCredentials: true });
      source.onopen = () => {
        setConnected(true);
        retryMs = FIRST_RETRY_MS;
        if (missed) for (const type of Object.keys(KEYS_BY_EVENT)) heard(type === 'task.created' ? 'task.updated' : type);
        missed = false;
      };
      for (const type of Object.keys(KEYS_BY_EVENT)) source.addEventListener(type, () => heard(type));
      source.onerror = () => {
        missed = true;
        setConnected(false);
        // The browser retries by itself unless the server refused the stream (e.g. an expired access cookie).
        if (source?.readyState !== EventSource.CLOSED || stopped) return;
        retry = setTimeout(() => void reopen(), retryMs);
        retryMs = Math.min(retryMs * 2, LAST_RETRY_MS);
      };
    };
    const reopen = async () => {
      // GET /me renews an expired session through the client's refresh; a 401 then means the session is over.
      const { response } = await api.GET('/me');
      if (stopped) return;
      if (response.status === 401) {
        void queryClient.invalidateQueries({ queryKey: sessionKeys.me });
        return;
      }
      open();
    };
    open();
    return () => {
      stopped = true;
      stopWatchingMutations();
      clearTimeout(retry);
      source?.close();
      main?.removeEventListener('pointerleave', onLeave);
    };
  }, [enabled, queryClient, refresh]);

  return { ...counts, connected, refresh };
}
