import { Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CatalogueComparison } from './CatalogueComparison';
import { CatalogueTable } from './CatalogueTable';
import { PublishCatalogueForm } from './PublishCatalogueForm';
import { StepFormPreview } from './StepFormPreview';
import { formatLocalDateTime } from '../../format/local-date-time';
import { ScrollRegion } from '../../components/ScrollRegion';
import { useCatalogueVersion, useCatalogueVersions, useCurrentCatalogue } from './use-catalogue';

/** The deadline catalogue: the version in force and older ones, a comparison of two, and publishing a new one. */
export function CatalogueScreen() {
  const { t } = useTranslation();
  const current = useCurrentCatalogue();
  const published = useCatalogueVersions();
  const latest = current.data?.version ?? null;
  const [chosen, setChosen] = useState<number | null>(null);
  const shown = chosen ?? latest;
  const version = useCatalogueVersion(shown !== latest ? shown : null);
  const catalogue = shown === latest ? current.data : version.data;
  const versions = latest
    ? Array.from({ length: latest }, (_, i) => latest - i).map((v) => ({
        value: String(v),
        label: v === latest ? t('admin.catalogue.inForce', { version: v }) : t('admin.catalogue.versionOption', { version: v }),
      }))
    : [];
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('admin.catalogue.title')}
      </Title>
      {current.isPending && <Text>{t('common.loading')}</Text>}
      {published.data && (
        <ScrollRegion minWidth={640} label={t('admin.catalogue.versionsCaption')}>
          <Table striped data-testid="catalogue-versions">
            <Table.Caption>{t('admin.catalogue.versionsCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.catalogue.version')}</Table.Th>
                <Table.Th scope="col">{t('admin.catalogue.publishedAt')}</Table.Th>
                <Table.Th scope="col">{t('admin.catalogue.note')}</Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'right' }}>
                  {t('admin.catalogue.entryCount')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {published.data.map((v) => (
                <Table.Tr key={v.version} data-version={v.version}>
                  <Table.Th scope="row">{v.inForce ? t('admin.catalogue.inForce', { version: v.version }) : v.version}</Table.Th>
                  <Table.Td>{formatLocalDateTime(v.createdAtLocal)}</Table.Td>
                  <Table.Td>{v.note}</Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>{v.entryCount}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
      {latest !== null && (
        <>
          <Select
            label={t('admin.catalogue.version')}
            allowDeselect={false}
            data={versions}
            value={String(shown)}
            onChange={(value) => value && setChosen(Number(value))}
            maw={360}
          />
          {catalogue ? <CatalogueTable catalogue={catalogue} /> : <Text>{t('common.loading')}</Text>}
          <CatalogueComparison key={latest} latest={latest} />
          {current.data && <PublishCatalogueForm current={current.data} />}
          <StepFormPreview />
        </>
      )}
    </Stack>
  );
}
