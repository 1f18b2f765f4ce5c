import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { CaseLink } from './CaseLink';

/** The case of a task known only by its id (an escalation's), linking to the case page. */
export function TaskCaseLink({ taskId }: { taskId: string }) {
  const task = useQuery({
    queryKey: ['tasks', 'one', taskId],
    queryFn: async () => unwrap(await api.GET('/tasks/{id}', { params: { path: { id: taskId } } })),
    staleTime: 5 * 60_000,
  });
  return <CaseLink caseId={task.data?.caseId} />;
}
