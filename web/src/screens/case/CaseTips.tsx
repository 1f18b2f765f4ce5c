import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { AppLink } from '../../components/AppLink';
import { formatLocalDateTime } from '../../format/local-date-time';
import { tipLink } from '../../router/links/tip-link';
import { useLabels } from '../../session/use-labels';

type Tip = Schemas['CaseTipDto'];

/**
 * The tips that led to the case, as the reader may read them: what was reported, where and when, each with a link to
 * its tip page (left out on paper, where the reference says which tip it is).
 */
export function CaseTips({ tips, links }: { tips: Tip[]; links: boolean }) {
  const { t } = useTranslation();
  const label = useLabels();
  return (
    <Stack gap="sm" component="section" aria-labelledby="case-tips" data-testid="case-tips">
      <Title order={2} size="h3" id="case-tips">
        {links ? t('casePage.tips') : t('casePrint.tips')}
      </Title>
      {tips.length === 0 && <Text>{t('casePage.noTip')}</Text>}
      {tips.map((tip) => (
        <Paper key={tip.reference} withBorder={links} p={links ? 'md' : 0} data-tip-reference={tip.reference}>
          <Text fw={600}>
            {tip.origin ? t('casePage.originTip') : t('casePage.attachedTip')}:{' '}
            {links ? (
              <AppLink {...tipLink(tip.reference)} aria-label={t('casePage.openTip', { reference: tip.reference })}>
                {tip.reference}
              </AppLink>
            ) : (
              tip.reference
            )}
          </Text>
          <Text my="xs" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="case-tip-summary">
            {tip.summary}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <div>
              <Text size="sm">{t('casePage.tipPlace')}</Text>
              <Text fw={600} data-testid="case-tip-place">
                {tip.location}
              </Text>
            </div>
            <div>
              <Text size="sm">{t('casePage.tipReceivedAt')}</Text>
              <Text fw={600}>{formatLocalDateTime(tip.receivedAtLocal)}</Text>
            </div>
            <div>
              <Text size="sm">{t('casePage.tipChannel')}</Text>
              <Text fw={600}>{label('tipChannels', tip.channel)}</Text>
            </div>
          </SimpleGrid>
        </Paper>
      ))}
    </Stack>
  );
}
