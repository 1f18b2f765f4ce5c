import { Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { formatInstant } from '../format/local-date-time';
import type { Me } from '../session/use-me';
import { useLabels } from '../session/use-labels';
import { CaseOutcomes } from './case/CaseOutcomes';
import { caseKeys } from './case/query-keys';
import { CaseTips } from './case/CaseTips';
import { useTimelineEntries } from './case/use-timeline-entries';

/** "HH:mm dd/MM/yyyy" of an instant in the province, as a printed document states its time. */
const timeThenDay = (iso: string) => formatInstant(iso).split(' ').reverse().join(' ');

/**
 * The case as a document (/case/<reference>/print), A4 on paper: Quốc hiệu and tiêu ngữ, the reader's agency as the
 * issuing office, the title, the summary, the tips, each process with where it stands and what it recorded, the whole
 * timeline in time order, and who printed it when. Only what this reader may see (the API's redacted view), and
 * nothing to click: no buttons, forms or navigation.
 */
export function CasePrintScreen({ reference, me }: { reference: string; me: Me }) {
  const { t, i18n } = useTranslation();
  const label = useLabels();
  const found = useQuery({
    queryKey: caseKeys.one(reference),
    queryFn: async () => unwrap(await api.GET('/cases/{reference}', { params: { path: { reference } } })),
  });
  const item = found.data;
  const entries = useTimelineEntries(item);
  const [printedAt, setPrintedAt] = useState(() => new Date().toISOString());
  useEffect(() => {
    const onBeforePrint = () => setPrintedAt(new Date().toISOString());
    window.addEventListener('beforeprint', onBeforePrint);
    // The file a browser saves as PDF is named after the page.
    document.title = t('casePage.title', { reference });
    return () => window.removeEventListener('beforeprint', onBeforePrint);
  }, [t, reference]);
  const office = i18n.language === 'en' ? me.agency.nameEn : me.agency.nameVi;
  const [day, month, year] = formatInstant(printedAt).slice(0, 10).split('/');
  const charge = item?.charge as { article: number; clause: number } | null | undefined;

  return (
    <main className="case-document" data-testid="case-document">
      <header className="document-heading">
        <div className="document-office">
          <p className="document-office-name">{office}</p>
        </div>
        <div className="document-nation">
          <p className="document-nation-name">{t('casePrint.nation')}</p>
          <p className="document-motto">{t('casePrint.motto')}</p>
          <p className="document-place-date">{t('casePrint.placeDate', { day, month, year })}</p>
        </div>
      </header>
      <Title order={1} className="document-title">
        {t('casePrint.title')}
      </Title>
      <Text ta="center" mb="md">
        {t('casePrint.reference', { reference })}
      </Text>
      {found.isPending && <Text role="status">{t('casePrint.loading')}</Text>}
      {found.isError && <Text role="alert">{t('casePage.notFound')}</Text>}
      {item && (
        <Stack gap="lg">
          <section aria-labelledby="document-summary">
            <Title order={2} size="h3" id="document-summary" mb="xs">
              {t('casePrint.summary')}
            </Title>
            <dl className="outcome-lines">
              <div>
                <dt>{t('casePage.status')}</dt>
                <dd>{label('caseStatuses', item.status)}</dd>
              </div>
              <div>
                <dt>{t('casePage.charge')}</dt>
                <dd>{charge ? t('casePage.chargeValue', { article: charge.article, clause: charge.clause }) : t('casePage.noCharge')}</dd>
              </div>
              <div>
                <dt>{t('casePage.severity')}</dt>
                <dd>{item.severity ? label('severities', item.severity) : t('common.none')}</dd>
              </div>
              <div>
                <dt>{t('casePage.processes')}</dt>
                <dd>
                  {item.processes.length === 0
                    ? t('casePage.noProcess')
                    : item.processes.map((p) => `${label('processKinds', p.kind)} (${label('processStatuses', p.status)})`).join('; ')}
                </dd>
              </div>
            </dl>
          </section>
          <CaseTips tips={item.tips ?? []} links={false} />
          <CaseOutcomes item={item} title={t('casePrint.processes')} withState />
          <section aria-labelledby="document-timeline">
            <Title order={2} size="h3" id="document-timeline" mb="xs">
              {t('casePrint.timeline')}
            </Title>
            <Table withTableBorder withColumnBorders data-testid="document-timeline" className="document-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('casePrint.at')}</Table.Th>
                  <Table.Th scope="col">{t('casePrint.event')}</Table.Th>
                  <Table.Th scope="col">{t('casePage.agency')}</Table.Th>
                  <Table.Th scope="col">{t('casePage.actor')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.map(({ event, what, at, process, step, agency, person }, index) => (
                  <Table.Tr key={`${event.at}-${event.type}-${index}`} data-event-type={event.type}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{at}</Table.Td>
                    <Table.Td>
                      {what}
                      {step ? `: ${step}` : ''} ({process})
                    </Table.Td>
                    <Table.Td>{agency ?? ''}</Table.Td>
                    <Table.Td>{person}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </section>
        </Stack>
      )}
      <footer className="document-printed-by" data-testid="document-printed-by">
        {t('casePrint.printedBy', { name: me.displayName, at: timeThenDay(printedAt) })}
      </footer>
    </main>
  );
}
