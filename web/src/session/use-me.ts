import { useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '../api/client';
import { sessionKeys } from './query-keys';

export type Me = Schemas['MeDto'];

/** Who is signed in; `null` when nobody is (401), so the sign-in screen shows. */
export function useMe() {
  return useQuery({
    queryKey: sessionKeys.me,
    queryFn: async (): Promise<Me | null> => {
      const { data, response } = await api.GET('/me');
      if (response.status === 401) return null;
      if (!data) throw new Error(`GET /me: ${response.status}`);
      return data;
    },
    retry: false,
    staleTime: 60_000,
  });
}
