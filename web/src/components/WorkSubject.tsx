import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';
import { caseLink } from '../router/links/case-link';
import { tipLink } from '../router/links/tip-link';
import { AppLink } from './AppLink';

type Subject = Schemas['WorkSubjectDto'];

/**
 * What a piece of work is about, as the API gave it for this reader: the case (linked to its page) or else the tip
 * (linked to the tip page), the tip's reference, its one-line summary and place, or a reception's person. Nothing the
 * reader may not see ever reaches here: the server leaves it null. Without `links`, only the line (a list whose row
 * already links to the case).
 */
export function WorkSubject({ subject, links = true }: { subject: Subject | null | undefined; links?: boolean }) {
  const { t } = useTranslation();
  if (!subject) return null;
  const person = subject.personLabel ? [subject.personLabel, subject.child ? t('subject.child') : null].filter(Boolean).join(' · ') : null;
  const line = [person, subject.summary, subject.place].filter(Boolean).join(' · ');
  return (
    <div data-testid="work-subject">
      {links && (
        <Group gap={6} wrap="wrap">
          {subject.caseReference && (
            <AppLink size="xs" fw={600} {...caseLink(subject.caseReference)} onClick={(event) => event.stopPropagation()}>
              {subject.caseReference}
            </AppLink>
          )}
          {subject.tipReference &&
            (subject.caseReference ? (
              <AppLink size="xs" {...tipLink(subject.tipReference)} onClick={(event) => event.stopPropagation()}>
                {subject.tipReference}
              </AppLink>
            ) : (
              <AppLink size="xs" fw={600} {...tipLink(subject.tipReference)} onClick={(event) => event.stopPropagation()}>
                {subject.tipReference}
              </AppLink>
            ))}
        </Group>
      )}
      {line && (
        <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
          {line}
        </Text>
      )}
    </div>
  );
}
