import { Anchor } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { casePath, navigateToCase } from './navigate-to-case';

/**
 * A task's case by its reference, linking to the case page. Tasks carry the case's id; the reader's own case list
 * (role-scoped, one query shared by every row) gives its reference. Nothing for a task outside a case.
 */
export function CaseLink({ caseId }: { caseId: string | null | undefined }) {
  const cases = useQuery({
    queryKey: ['cases', 'references'],
    queryFn: async () => unwrap(await api.GET('/cases', { params: { query: { limit: 200 } } })),
    enabled: Boolean(caseId),
    staleTime: 60_000,
  });
  const reference = cases.data?.find((item) => item.caseId === caseId)?.reference;
  if (!reference) return null;
  return (
    <Anchor
      size="xs"
      href={casePath(reference)}
      onClick={(event) => {
        event.preventDefault();
        navigateToCase(reference);
      }}
    >
      {reference}
    </Anchor>
  );
}
