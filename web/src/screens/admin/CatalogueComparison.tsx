import { Alert, Group, List, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CatalogueEntry, compareCatalogues } from './compare-catalogues';
import { useDurationText } from './duration-text';
import { useCatalogueVersion } from './use-catalogue';

/** What changed between two versions: entries added, removed, and changed field by field. */
export function CatalogueComparison({ latest }: { latest: number }) {
  const { t, i18n } = useTranslation();
  const durationText = useDurationText();
  const [from, setFrom] = useState(Math.max(1, latest - 1));
  const [to, setTo] = useState(latest);
  const older = useCatalogueVersion(from);
  const newer = useCatalogueVersion(to);
  const versions = Array.from({ length: latest }, (_, i) => ({
    value: String(i + 1),
    label: t('admin.catalogue.versionOption', { version: i + 1 }),
  }));
  const title = (entry: CatalogueEntry) => `${i18n.language === 'en' ? entry.title.en : entry.title.vi} (${entry.key})`;
  const result = older.data && newer.data ? compareCatalogues(older.data, newer.data) : null;
  const empty = result && !result.added.length && !result.removed.length && !result.changed.length && !result.escalationLadderChanged;
  return (
    <Stack component="section" aria-labelledby="compare-title">
      <Title order={2} size="h3" id="compare-title">
        {t('admin.catalogue.compare')}
      </Title>
      <Group>
        <Select
          label={t('admin.catalogue.from')}
          allowDeselect={false}
          data={versions}
          value={String(from)}
          onChange={(v) => v && setFrom(Number(v))}
        />
        <Select label={t('admin.catalogue.to')} allowDeselect={false} data={versions} value={String(to)} onChange={(v) => v && setTo(Number(v))} />
      </Group>
      {result && (
        <Stack gap="xs" data-testid="catalogue-comparison" aria-live="polite">
          {empty && <Text>{t('admin.catalogue.nothingChanged')}</Text>}
          {result.added.length > 0 && (
            <div data-change="added">
              <Title order={3} size="h4">
                {t('admin.catalogue.added')} ({result.added.length})
              </Title>
              <List size="sm">
                {result.added.map((entry) => (
                  <List.Item key={entry.key}>
                    {title(entry)}: {durationText(entry.duration)}
                  </List.Item>
                ))}
              </List>
            </div>
          )}
          {result.removed.length > 0 && (
            <div data-change="removed">
              <Title order={3} size="h4">
                {t('admin.catalogue.removed')} ({result.removed.length})
              </Title>
              <List size="sm">
                {result.removed.map((entry) => (
                  <List.Item key={entry.key}>{title(entry)}</List.Item>
                ))}
              </List>
            </div>
          )}
          {result.changed.length > 0 && (
            <div data-change="changed">
              <Title order={3} size="h4">
                {t('admin.catalogue.changed')} ({result.changed.length})
              </Title>
              <List size="sm">
                {result.changed.map((change) => (
                  <List.Item key={change.key} data-entry-key={change.key}>
                    {title(change.after)}:{' '}
                    {change.fields.map((field) => t(`admin.catalogue.fieldNames.${field}`, { defaultValue: field })).join(', ')}
                    {change.fields.includes('duration') && ` (${durationText(change.before.duration)} → ${durationText(change.after.duration)})`}
                  </List.Item>
                ))}
              </List>
            </div>
          )}
          {result.escalationLadderChanged && (
            <Alert variant="outline" color="gray.8">
              {t('admin.catalogue.ladderChanged')}
            </Alert>
          )}
        </Stack>
      )}
    </Stack>
  );
}
