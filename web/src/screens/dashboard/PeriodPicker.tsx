import { Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { LocalDateInput } from '../../components/LocalDateInput';
import { useAgencyName } from '../../session/use-agencies';
import { PERIOD_KINDS, type PeriodKind } from './statistics-period';

export type PeriodChoice = PeriodKind | 'custom';

interface Props {
  kind: PeriodChoice;
  onKind(kind: PeriodChoice): void;
  firstDay: string | null;
  lastDay: string | null;
  onFirstDay(day: string | null): void;
  onLastDay(day: string | null): void;
  invalid: boolean;
  agencyCode: string | null;
  agencyCodes: string[];
  onAgency(code: string | null): void;
}

const PROVINCE = '__province__';

/** The reporting period (this month … this year, or from–to as dd/MM/yyyy) and the agency the figures are for. */
export function PeriodPicker(props: Props) {
  const { t } = useTranslation();
  const agencyName = useAgencyName();
  // Five periods side by side need about 400 px: on a phone they stack.
  const narrow = useMediaQuery('(max-width: 30em)');
  // Named month arrows; weekends and the neighbouring months' days in the text colour (their tints fail AA contrast).
  const calendarProps = {
    nextLabel: t('statistics.nextMonth'),
    previousLabel: t('statistics.previousMonth'),
    weekendDays: [],
  };
  return (
    <Group align="end" gap="md">
      <Stack gap={4}>
        <Text id="period-label" fw={500}>
          {t('dashboard.period')}
        </Text>
        <SegmentedControl
          aria-labelledby="period-label"
          orientation={narrow ? 'vertical' : 'horizontal'}
          value={props.kind}
          onChange={(value) => props.onKind(value as PeriodChoice)}
          data={[
            ...PERIOD_KINDS.map((value) => ({ value, label: t(`dashboard.periods.${value}`) })),
            { value: 'custom', label: t('statistics.custom') },
          ]}
        />
      </Stack>
      {props.kind === 'custom' && (
        <>
          <LocalDateInput
            label={t('statistics.from')}
            description={t('statistics.dateFormat')}
            {...calendarProps}
            value={props.firstDay}
            onChange={props.onFirstDay}
            error={props.invalid ? t('statistics.customInvalid') : undefined}
            w={170}
          />
          <LocalDateInput
            label={t('statistics.to')}
            description={t('statistics.dateFormat')}
            {...calendarProps}
            value={props.lastDay}
            onChange={props.onLastDay}
            w={170}
          />
        </>
      )}
      <Select
        label={t('statistics.agencyFilter')}
        value={props.agencyCode ?? PROVINCE}
        onChange={(value) => props.onAgency(!value || value === PROVINCE ? null : value)}
        allowDeselect={false}
        data={[
          { value: PROVINCE, label: t('statistics.wholeProvince') },
          ...props.agencyCodes.map((code) => ({ value: code, label: agencyName(code) })),
        ]}
        w={280}
        comboboxProps={{ withinPortal: true }}
      />
    </Group>
  );
}
