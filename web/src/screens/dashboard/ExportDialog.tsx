import { Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The server's bounds for a stated reason (StatisticsExportQueryDto). */
const REASON_MIN = 15;
const REASON_MAX = 500;

/**
 * Before an export: are the tips' narratives (place, summary) needed? Only with a stated reason, which the server
 * keeps in the audit log; without one the file carries the figures and the tips without their narratives.
 */
export function ExportDialog({ format, query, onClose }: { format: 'xlsx' | 'csv' | null; query: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [narratives, setNarratives] = useState<'no' | 'yes'>('no');
  const [reason, setReason] = useState('');
  const [shown, setShown] = useState(false);
  const trimmed = reason.trim();
  const reasonProblem = narratives === 'yes' && trimmed.length < REASON_MIN ? t('dashboard.exportDialog.reasonTooShort', { min: REASON_MIN }) : null;
  const href = `/statistics/export.${format ?? 'xlsx'}?${query}${narratives === 'yes' && !reasonProblem ? `&${new URLSearchParams({ reason: trimmed })}` : ''}`;
  const close = () => {
    setNarratives('no');
    setReason('');
    setShown(false);
    onClose();
  };

  return (
    <Modal
      opened={format !== null}
      onClose={close}
      title={t('dashboard.exportDialog.title', { format: (format ?? '').toUpperCase() })}
      closeButtonProps={{ 'aria-label': t('dashboard.exportDialog.close') }}
    >
      <Stack>
        <Radio.Group
          label={t('dashboard.exportDialog.question')}
          description={t('dashboard.exportDialog.questionHint')}
          value={narratives}
          onChange={(value) => setNarratives(value as 'no' | 'yes')}
        >
          <Stack gap="xs" mt="xs">
            <Radio value="no" label={t('dashboard.exportDialog.no')} />
            <Radio value="yes" label={t('dashboard.exportDialog.yes')} />
          </Stack>
        </Radio.Group>
        {narratives === 'yes' && (
          <Textarea
            label={t('dashboard.exportDialog.reason')}
            description={t('dashboard.exportDialog.reasonHint')}
            required
            autosize
            minRows={2}
            maxLength={REASON_MAX}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={shown ? reasonProblem : null}
          />
        )}
        <Text size="sm">{narratives === 'yes' ? t('dashboard.exportDialog.withNarratives') : t('dashboard.exportDialog.withoutNarratives')}</Text>
        <Group justify="end">
          <Button variant="default" onClick={close}>
            {t('dashboard.exportDialog.cancel')}
          </Button>
          {reasonProblem ? (
            <Button onClick={() => setShown(true)}>{t('dashboard.exportDialog.download')}</Button>
          ) : (
            <Button component="a" href={href} download onClick={() => setTimeout(close, 0)}>
              {t('dashboard.exportDialog.download')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
