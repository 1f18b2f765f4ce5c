import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { formatLocalDateTime } from '../../format/local-date-time';
import { useAgencyName } from '../../session/use-agencies';
import { useLabels } from '../../session/use-labels';
import { processKinds } from './process-names';

type Event = Schemas['CaseTimelineEventDto'];

export interface TimelineEntry {
  event: Event;
  what: string;
  at: string;
  process: string;
  step: string | null;
  agency: string | null;
  person: string;
}

/**
 * The case's timeline in words, in the API's time order: what happened, when, in which process, at which step (its
 * title), by which agency and which person — the person's name where the reader may see it, else "an officer"
 * or "the system".
 */
export function useTimelineEntries(item: Schemas['CaseDto'] | undefined): TimelineEntry[] {
  const { t, i18n } = useTranslation();
  const label = useLabels();
  const agencyName = useAgencyName();
  if (!item) return [];
  const kinds = processKinds(item);
  return item.timeline.map((event) => {
    const kind = kinds.get(event.processId);
    const agencyCode = event.agencyCode ?? (typeof event.detail?.agencyCode === 'string' ? event.detail.agencyCode : undefined);
    const step = (i18n.language === 'en' ? event.stepTitleEn : event.stepTitleVi) ?? null;
    return {
      event,
      what: label('timelineEventTypes', event.type),
      at: formatLocalDateTime(event.atLocal),
      process: kind ? label('processKinds', kind) : t('casePage.theCase'),
      step,
      agency: agencyCode ? agencyName(agencyCode) : null,
      person: event.actorName ?? (event.actorId ? t('casePage.byPerson') : t('casePage.bySystem')),
    };
  });
}
