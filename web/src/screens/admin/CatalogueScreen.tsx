import { Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CatalogueComparison } from './CatalogueComparison';
import { CatalogueTable } from './CatalogueTable';
import { PublishCatalogueForm } from './PublishCatalogueForm';
import { useCatalogueVersion, useCurrentCatalogue } from './use-catalogue';

/** The deadline catalogue: the version in force and older ones, a comparison of two, and publishing a new one. */
export function CatalogueScreen() {
  const { t } = useTranslation();
  const current = useCurrentCatalogue();
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
        </>
      )}
    </Stack>
  );
}
