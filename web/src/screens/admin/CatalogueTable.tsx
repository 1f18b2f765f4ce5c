import { List, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../session/use-labels';
import type { CatalogueVersion } from './compare-catalogues';
import { useDurationText } from './duration-text';
import { useAgencies } from '../../session/use-agencies';
import { ScrollRegion } from '../../components/ScrollRegion';
import { useSteps } from '../../session/use-steps';

/** A catalogue version read as a table: which step each entry times, its period, how it is counted and on what basis. */
export function CatalogueTable({ catalogue }: { catalogue: CatalogueVersion }) {
  const { t, i18n } = useTranslation();
  const label = useLabels();
  const durationText = useDurationText();
  const { name } = useAgencies(0);
  const steps = useSteps();
  const en = i18n.language === 'en';
  // GET /steps renders each legal basis of the catalogue in force in Vietnamese; older versions share most of them.
  const vietnamese = new Map<string, string>();
  for (const deadline of (steps.data ?? []).flatMap((step) => step.deadlines)) {
    if (deadline.legalBasisVi) vietnamese.set(deadline.legalBasis, deadline.legalBasisVi);
    const tiers = (deadline.extension?.tiers ?? []) as { legalBasis: string; legalBasisVi?: string | null }[];
    for (const tier of tiers) if (tier.legalBasisVi) vietnamese.set(tier.legalBasis, tier.legalBasisVi);
  }
  const basis = (english: string) => (en ? english : (vietnamese.get(english) ?? english));
  const stepsOf = (key: string) =>
    (steps.data ?? []).filter((step) => step.deadlines.some((deadline) => deadline.key === key)).map((step) => (en ? step.title.en : step.title.vi));
  return (
    <ScrollRegion minWidth={1100} label={t('admin.catalogue.caption', { version: catalogue.version })}>
      <Table striped data-testid="catalogue-table" verticalSpacing="xs">
        <Table.Caption>{t('admin.catalogue.caption', { version: catalogue.version })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('admin.catalogue.step')}</Table.Th>
            <Table.Th scope="col">{t('admin.catalogue.entry')}</Table.Th>
            <Table.Th scope="col">{t('admin.catalogue.period')}</Table.Th>
            <Table.Th scope="col">{t('admin.catalogue.counting')}</Table.Th>
            <Table.Th scope="col">{t('admin.catalogue.legalBasis')}</Table.Th>
            <Table.Th scope="col">{t('admin.catalogue.nature')}</Table.Th>
            <Table.Th scope="col">{t('admin.catalogue.confidence')}</Table.Th>
            <Table.Th scope="col">{t('admin.catalogue.extension')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {catalogue.entries.map((entry) => (
            <Table.Tr key={entry.key} data-entry-key={entry.key}>
              <Table.Td>{stepsOf(entry.key).join('; ')}</Table.Td>
              <Table.Th scope="row" fw={500}>
                {en ? entry.title.en : entry.title.vi}
                <Text size="xs" c="dimmed">
                  {entry.key}
                </Text>
              </Table.Th>
              <Table.Td data-column="period">{durationText(entry.duration)}</Table.Td>
              <Table.Td>{entry.counting ? label('countings', entry.counting) : t('admin.catalogue.countingDefault')}</Table.Td>
              <Table.Td>{basis(entry.legalBasis)}</Table.Td>
              <Table.Td>{label('deadlineNatures', entry.nature)}</Table.Td>
              <Table.Td>{label('confidences', entry.confidence)}</Table.Td>
              <Table.Td>
                {entry.extension && entry.extension.maxCount > 0 ? (
                  <>
                    <Text size="sm">{t('admin.catalogue.maxCount', { count: entry.extension.maxCount })}</Text>
                    <List size="sm">
                      {entry.extension.tiers.map((tier, index) => (
                        <List.Item key={index}>
                          {t('admin.catalogue.tier', {
                            total: durationText(tier.upToTotal),
                            roles: tier.approverRoles.map((role) => label('roles', role)).join(', '),
                            agency: tier.approverAgency === 'TASK_AGENCY' ? t('admin.catalogue.taskAgency') : name(tier.approverAgency),
                            basis: basis(tier.legalBasis),
                          })}
                        </List.Item>
                      ))}
                    </List>
                  </>
                ) : (
                  t('admin.catalogue.noExtension')
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}
