import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { useLabels } from '../../session/use-labels';
import { processKinds } from './process-names';
import { RecordedOutcomes } from './RecordedOutcomes';

type Case = Schemas['CaseDto'];

/**
 * Each process of the case — the tips' verifications first, then the case's own processes in the order they started —
 * with what was recorded at each of its steps. On paper each also states where it stands.
 */
export function CaseOutcomes({ item, title, withState }: { item: Case; title: string; withState: boolean }) {
  const { t } = useTranslation();
  const label = useLabels();
  const kinds = processKinds(item);
  const records = item.records ?? [];
  const order = [
    ...new Set([...(item.tips ?? []).map((tip) => tip.processId), ...records.map((r) => r.processId), ...item.processes.map((p) => p.processId)]),
  ];
  // Tip verifications before the case's own processes, each group in first-seen order.
  const ids = [...order.filter((id) => kinds.get(id) === 'TIP_VERIFICATION'), ...order.filter((id) => kinds.get(id) !== 'TIP_VERIFICATION')];
  const tipOf = new Map((item.tips ?? []).map((tip) => [tip.processId, tip.reference]));
  const processOf = new Map(item.processes.map((p) => [p.processId, p]));
  return (
    <Stack component="section" aria-labelledby="case-outcomes" gap="md" data-testid="case-outcomes">
      <Title order={2} size="h3" id="case-outcomes">
        {title}
      </Title>
      {ids.length === 0 && <Text>{t('casePage.noProcess')}</Text>}
      {ids.map((id, index) => {
        const process = processOf.get(id);
        const kind = kinds.get(id);
        const name = [
          kind ? label('processKinds', kind) : t('casePage.theCase'),
          tipOf.get(id),
          process?.personLabel ? `${process.personLabel}${process.child ? ` (${t('casePage.child').toLowerCase()})` : ''}` : null,
        ]
          .filter(Boolean)
          .join(' · ');
        return (
          <Stack key={id} gap={4} data-testid="case-process-outcomes" data-process-id={id}>
            <Title order={3} size="h4">
              {withState ? `${index + 1}. ${name}` : name}
            </Title>
            {withState && process && <Text size="sm">{t('casePrint.processState', { status: label('processStatuses', process.status) })}</Text>}
            <RecordedOutcomes records={records.filter((r) => r.processId === id)} headingLevel={4} />
          </Stack>
        );
      })}
    </Stack>
  );
}
