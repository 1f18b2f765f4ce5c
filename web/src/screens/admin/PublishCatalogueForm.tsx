import { Alert, Button, Group, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../api/client';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { catalogueProblem } from './catalogue-problem';
import type { CatalogueVersion } from './compare-catalogues';
import { sessionKeys } from '../../session/query-keys';
import { catalogueKeys } from './query-keys';

const editable = (catalogue: CatalogueVersion) =>
  JSON.stringify({ entries: catalogue.entries, escalationLadder: catalogue.escalationLadder }, null, 2);

/** A new version from an edited copy of the one in force; the server checks its meaning and names the path it refuses. */
export function PublishCatalogueForm({ current }: { current: CatalogueVersion }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [json, setJson] = useState(() => editable(current));
  const [note, setNote] = useState('');
  const [local, setLocal] = useState<FieldError[]>([]);
  const [parsed, setParsed] = useState<CatalogueVersion | null>(null);
  const publish = useMutation({
    mutationFn: async (body: { note: string; entries: unknown[]; escalationLadder: Record<string, unknown> }) =>
      unwrap(await api.POST('/catalogue/versions', { body: body as never })) as unknown as CatalogueVersion,
    onSuccess: (published) => {
      void queryClient.invalidateQueries({ queryKey: catalogueKeys.all });
      void queryClient.invalidateQueries({ queryKey: sessionKeys.steps });
      setJson(editable(published));
      setNote('');
    },
  });
  const refused = publish.error instanceof ApiError ? publish.error.body : null;
  const problem = refused ? catalogueProblem(refused.reason ?? refused.message) : null;
  const entry = problem?.entryIndex != null ? parsed?.entries[problem.entryIndex] : undefined;
  const where = problem?.path
    ? [
        t('admin.catalogue.refused', { path: problem.path }),
        entry &&
          t('admin.catalogue.refusedEntry', {
            index: (problem.entryIndex ?? 0) + 1,
            key: entry.key,
            title: i18n.language === 'en' ? entry.title?.en : entry.title?.vi,
          }),
      ]
        .filter(Boolean)
        .join(' · ')
    : null;
  const serverErrors: FieldError[] = refused
    ? [{ field: problem?.path ? 'json' : refused.details?.[0]?.field, message: where ? `${where}: ${problem?.text}` : refused.message }]
    : [];
  const errors = local.length ? local : serverErrors;
  const errorOf = (field: string) => errors.find((error) => error.field === field)?.message;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: FieldError[] = [];
    let body: { entries?: unknown; escalationLadder?: unknown } = {};
    try {
      body = JSON.parse(json) as typeof body;
      if (!Array.isArray(body.entries) || !body.escalationLadder || typeof body.escalationLadder !== 'object')
        problems.push({ field: 'json', message: t('admin.catalogue.needsEntries') });
    } catch (error) {
      problems.push({ field: 'json', message: t('admin.catalogue.invalidJson', { message: (error as Error).message }) });
    }
    if (note.trim().length < 3) problems.push({ field: 'note', message: `${t('admin.catalogue.note')}: ${t('validation.required')}` });
    setLocal(problems);
    if (problems.length) return;
    setParsed({ version: 0, entries: body.entries as CatalogueVersion['entries'], escalationLadder: body.escalationLadder });
    publish.mutate({ note: note.trim(), entries: body.entries as unknown[], escalationLadder: body.escalationLadder as Record<string, unknown> });
  };
  return (
    <Stack component="section" aria-labelledby="publish-title">
      <Title order={2} size="h3" id="publish-title">
        {t('admin.catalogue.publish')}
      </Title>
      <Text size="sm">{t('admin.catalogue.publishHint')}</Text>
      <form onSubmit={submit} noValidate autoComplete="off">
        <Stack>
          <ErrorSummary errors={errors} idPrefix="catalogue" />
          {publish.isSuccess && (
            <Alert color="green.9" variant="outline" role="status">
              {t('admin.catalogue.published', { version: publish.data.version })}
            </Alert>
          )}
          <Textarea
            id="catalogue-json"
            label={t('admin.catalogue.json')}
            required
            autosize
            minRows={12}
            maxRows={30}
            spellCheck={false}
            styles={{ input: { fontFamily: 'monospace', fontSize: 13 } }}
            value={json}
            error={errorOf('json')}
            onChange={(e) => setJson(e.currentTarget.value)}
          />
          <TextInput
            id="catalogue-note"
            label={t('admin.catalogue.note')}
            required
            value={note}
            error={errorOf('note')}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <Group>
            <Button type="submit" loading={publish.isPending}>
              {t('admin.catalogue.submit')}
            </Button>
            <Button variant="default" onClick={() => setJson(editable(current))}>
              {t('admin.catalogue.reset')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
