import { useQuery } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client';
import { memberKeys } from './query-keys';

export type Member = Schemas['AgencyMemberDto'];

/** The officers and heads of an agency (GET /agencies/{code}/members): names for assignees, choices for assignment. */
export function useMembers(agencyCode: string) {
  return useQuery({
    queryKey: memberKeys.ofAgency(agencyCode),
    queryFn: async () => unwrap(await api.GET('/agencies/{code}/members', { params: { path: { code: agencyCode } } })),
    staleTime: 5 * 60_000,
  });
}
