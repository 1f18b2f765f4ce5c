import { Alert, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OutcomeForm } from '../../components/OutcomeForm';
import type { OutcomeJsonSchema } from '../../components/outcome-schema';
import { useLabels } from '../../session/use-labels';
import { useSteps } from '../../session/use-steps';

/**
 * Every step's outcome form as the officers will see it, for the administrator to review wording and choices before
 * the catalogue changes: filled and checked in the browser, never sent.
 */
export function StepFormPreview() {
  const { t, i18n } = useTranslation();
  const label = useLabels();
  const steps = useSteps();
  const [stepType, setStepType] = useState<string | null>(null);
  const [checked, setChecked] = useState(false);
  const step = steps.data?.find((s) => s.stepType === stepType);
  const title = (s: { title: { vi: string; en: string } }) => (i18n.language === 'en' ? s.title.en : s.title.vi);
  return (
    <Stack component="section" aria-labelledby="step-form-preview">
      <Title order={2} size="h3" id="step-form-preview">
        {t('admin.catalogue.formsTitle')}
      </Title>
      <Text size="sm">{t('admin.catalogue.formsIntro')}</Text>
      <Select
        label={t('admin.catalogue.formsStep')}
        searchable
        maw={640}
        data={(steps.data ?? []).map((s) => ({ value: s.stepType, label: `${label('processKinds', s.process)} · ${title(s)}` }))}
        value={stepType}
        onChange={(value) => {
          setStepType(value);
          setChecked(false);
        }}
      />
      {step && (
        <Stack data-testid="step-form-preview" data-step-type={step.stepType} maw={640}>
          <Title order={3} size="h4">
            {title(step)}
          </Title>
          {checked && (
            <Alert color="green" role="status">
              {t('admin.catalogue.formsValid')}
            </Alert>
          )}
          <OutcomeForm
            key={`${step.stepType}-${i18n.language}`}
            idPrefix={`preview-${step.stepType}`}
            schema={step.outcomeSchema as unknown as OutcomeJsonSchema}
            serverErrors={[]}
            submitting={false}
            submitLabel={t('admin.catalogue.formsCheck')}
            onSubmit={() => setChecked(true)}
            onCancel={() => setStepType(null)}
          />
        </Stack>
      )}
    </Stack>
  );
}
