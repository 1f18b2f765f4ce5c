import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { formatLocalDateTime } from '../../format/local-date-time';
import { useAgencyName } from '../../session/use-agencies';
import { useOutcomeLines } from './use-outcome-lines';

type CaseRecord = Schemas['CaseRecordDto'];

/**
 * The steps done in one process and what each recorded (plan, the counterpart's reply, persons rescued, handover,
 * decisions), in the order done: every field by its label and every choice by its label, never a code. An outcome
 * this reader may not see says so instead.
 */
export function RecordedOutcomes({ records, headingLevel }: { records: CaseRecord[]; headingLevel: 3 | 4 }) {
  const { t, i18n } = useTranslation();
  const agencyName = useAgencyName();
  const outcome = useOutcomeLines();
  if (records.length === 0) return <Text size="sm">{t('casePage.noRecord')}</Text>;
  return (
    <Stack gap="sm">
      {records.map((record) => {
        const at = formatLocalDateTime(record.completedAtLocal);
        const agency = agencyName(record.agencyCode);
        const lines = record.outcome ? outcome.lines(record.stepType, record.outcome) : [];
        return (
          <div key={record.taskId} data-testid="case-record" data-step-type={record.stepType} className="case-record">
            <Title order={headingLevel} size="h5">
              {i18n.language === 'en' ? record.titleEn : record.titleVi}
            </Title>
            <Text size="sm">
              {record.completedByName
                ? t('casePage.recordedBy', { agency, person: record.completedByName, at })
                : t('casePage.recordedByAgency', { agency, at })}
            </Text>
            {record.outcome === null || record.outcome === undefined ? (
              <Text size="sm" fs="italic">
                {t('casePage.outcomeHidden')}
              </Text>
            ) : lines.length > 0 ? (
              <dl className="outcome-lines">
                {lines.map((line) => (
                  <div key={line.field} data-field={line.field}>
                    <dt>{line.label}</dt>
                    <dd>{line.value}</dd>
                  </div>
                ))}
              </dl>
            ) : (
              outcome.ready && <Text size="sm">{t('casePage.noOutcomeField')}</Text>
            )}
          </div>
        );
      })}
    </Stack>
  );
}
