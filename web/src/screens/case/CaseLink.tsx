import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { AppLink } from '../../components/AppLink';
import { casePath } from '../../session/case-path';

/**
 * A task's case by its reference, linking to the case page. Task lists carry the reference; a single task carries
 * the case's id, and the reader's own case list (role-scoped, one query shared by every row) gives its reference.
 * Nothing for a task outside a case.
 */
export function CaseLink({ caseId, caseReference }: { caseId?: string | null; caseReference?: string | null }) {
  const cases = useQuery({
    queryKey: ['cases', 'references'],
    queryFn: async () => unwrap(await api.GET('/cases', { params: { query: { limit: 200 } } })),
    enabled: !caseReference && Boolean(caseId),
    staleTime: 60_000,
  });
  const reference = caseReference ?? cases.data?.find((item) => item.caseId === caseId)?.reference;
  if (!reference) return null;
  return (
    <AppLink size="xs" href={casePath(reference)}>
      {reference}
    </AppLink>
  );
}
