import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const STEPS = ['escalations.ladderReminder', 'escalations.ladderHead', 'escalations.ladderStanding', 'escalations.ladderLeadership'];

/**
 * The ladder Nhắc việc → Thủ trưởng cơ quan → Cơ quan thường trực → Lãnh đạo tỉnh as a step indicator: the level an
 * escalation reached (1 head, 2 standing office, 3 leadership) is marked in words, not by weight alone.
 */
export function EscalationLadder({ level }: { level: number }) {
  const { t } = useTranslation();
  return (
    <ol className="escalation-ladder" aria-label={t('escalations.ladder')}>
      {STEPS.map((step, index) => {
        const state = index < level ? 'ladderReached' : index === level ? 'ladderCurrent' : 'ladderAhead';
        return (
          <li key={step} aria-current={index === level ? 'step' : undefined}>
            <Text span size="xs" fw={index === level ? 700 : 400}>
              {t(step)}
            </Text>{' '}
            <Text span size="xs">
              ({t(`escalations.${state}`)})
            </Text>
          </li>
        );
      })}
    </ol>
  );
}
