import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { taskKeys } from '../screens/inbox/query-keys';

/** A task's title in the screen's language, for lists that only carry its id. */
export function TaskTitle({ taskId }: { taskId: string }) {
  const { i18n } = useTranslation();
  const task = useQuery({
    queryKey: taskKeys.one(taskId),
    queryFn: async () => unwrap(await api.GET('/tasks/{id}', { params: { path: { id: taskId } } })),
    staleTime: 5 * 60_000,
  });
  if (!task.data) return null;
  return <>{i18n.language === 'en' ? task.data.titleEn : task.data.titleVi}</>;
}
