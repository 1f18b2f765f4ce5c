import { TIMELINE_EVENT_TYPES } from './timeline-event-types';

/** The timeline entry types and the fields of each one's detail, as Markdown for the OpenAPI document. */
export function describeTimelineEventTypes(): string {
  const lines = Object.entries(TIMELINE_EVENT_TYPES).map(([type, t]) => {
    const fields = Object.entries(t.detail)
      .map(([name, meaning]) => `\`${name}\`: ${meaning}`)
      .join('; ');
    return `- \`${type}\` (${t.label.en}${t.aboutTask ? ', names its task' : ''})${fields ? ` — detail: ${fields}` : ''}`;
  });
  return `What happened. Labels in GET /labels (timelineEventTypes). Types and their detail:\n${lines.join('\n')}`;
}
