import { Button, Group, NativeSelect } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../api/client';
import { ErrorSummary } from '../components/ErrorSummary';
import { serverFieldErrors } from '../components/server-field-errors';
import { caseKeys } from './case/query-keys';

type Charge = { article: number; clause: number };

/** The coordinator sets or changes the charge; severity, and with it the prosecution periods, follows on the server. */
export function ChangeChargeForm({ reference, charge }: { reference: string; charge: Charge | null | undefined }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [article, setArticle] = useState(String(charge?.article ?? 150));
  const [clause, setClause] = useState(String(charge?.clause ?? 1));
  const change = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.PUT('/cases/{reference}/charge', {
          params: { path: { reference } },
          body: { article: Number(article) as 150 | 151, clause: Number(clause) },
        }),
      ),
    onSuccess: (updated) => queryClient.setQueryData(caseKeys.one(reference), updated),
    onSettled: () => queryClient.invalidateQueries({ queryKey: caseKeys.all }),
  });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        change.mutate();
      }}
    >
      {change.error instanceof ApiError && <ErrorSummary errors={serverFieldErrors(change.error.body)} idPrefix="charge" />}
      <Group align="end">
        <NativeSelect
          label={t('casePage.article')}
          value={article}
          onChange={(event) => setArticle(event.currentTarget.value)}
          data={[
            { value: '150', label: t('casePage.article150') },
            { value: '151', label: t('casePage.article151') },
          ]}
        />
        <NativeSelect label={t('casePage.clause')} value={clause} onChange={(event) => setClause(event.currentTarget.value)} data={['1', '2', '3']} />
        <Button type="submit" loading={change.isPending}>
          {t('casePage.changeCharge')}
        </Button>
      </Group>
    </form>
  );
}
