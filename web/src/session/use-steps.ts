import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { sessionKeys } from './query-keys';

/**
 * Every step (GET /steps): titles, deadlines, and outcome schemas whose labels, help and choices come in the screen's
 * language, so the key carries the language and a switch fetches them again.
 */
export function useSteps(enabled = true) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: sessionKeys.stepsIn(i18n.language),
    queryFn: async () => unwrap(await api.GET('/steps')),
    staleTime: 10 * 60_000,
    enabled,
  });
}
