import { ERROR_MESSAGES } from '../../common/i18n/error-messages';
import {
  AGENCY_KIND_LABELS,
  CASE_STATUS_LABELS,
  CONFIDENCE_LABELS,
  COUNTING_LABELS,
  DEADLINE_NATURE_LABELS,
  DURATION_UNIT_LABELS,
  ESCALATION_TARGET_LABELS,
  EXTENSION_STATUS_LABELS,
  PROCESS_KIND_LABELS,
  PROCESS_STATUS_LABELS,
  ROLE_LABELS,
  SEVERITY_LABELS,
  TASK_STATUS_LABELS,
  TIP_CHANNEL_LABELS,
  TIP_STATUS_LABELS,
  TIP_URGENCY_LABELS,
} from '../../common/i18n/labels';
import { LocalizedText } from '../../common/i18n/localized-text';
import { TIMELINE_EVENT_TYPES } from '../../common/i18n/timeline-event-types';
import { STEP_DEFINITIONS } from '../../domain/step-definitions';
import { LabelDto, LabelsDto } from './labels.dto';

const entries = (labels: Readonly<Record<string, LocalizedText>>): LabelDto[] =>
  Object.entries(labels).map(([value, text]) => ({ value, vi: text.vi, en: text.en }));

/** The labels document: built once, it depends on code only. */
export function labelsCatalogue(): LabelsDto {
  return {
    taskStatuses: entries(TASK_STATUS_LABELS),
    tipStatuses: entries(TIP_STATUS_LABELS),
    tipChannels: entries(TIP_CHANNEL_LABELS),
    tipUrgencies: entries(TIP_URGENCY_LABELS),
    caseStatuses: entries(CASE_STATUS_LABELS),
    processStatuses: entries(PROCESS_STATUS_LABELS),
    severities: entries(SEVERITY_LABELS),
    roles: entries(ROLE_LABELS),
    deadlineNatures: entries(DEADLINE_NATURE_LABELS),
    confidences: entries(CONFIDENCE_LABELS),
    countings: entries(COUNTING_LABELS),
    durationUnits: entries(DURATION_UNIT_LABELS),
    escalationTargets: entries(ESCALATION_TARGET_LABELS),
    extensionStatuses: entries(EXTENSION_STATUS_LABELS),
    processKinds: entries(PROCESS_KIND_LABELS),
    agencyKinds: entries(AGENCY_KIND_LABELS),
    stepTypes: entries(Object.fromEntries(Object.values(STEP_DEFINITIONS).map((s) => [s.stepType, s.title]))),
    errorCodes: entries(ERROR_MESSAGES),
    timelineEventTypes: Object.entries(TIMELINE_EVENT_TYPES).map(([value, t]) => ({
      value,
      ...t.label,
      aboutTask: t.aboutTask,
      detail: { ...t.detail },
    })),
  };
}
