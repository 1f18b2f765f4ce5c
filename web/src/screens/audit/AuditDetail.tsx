import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAgencies } from '../../session/use-agencies';
import { useLabels } from '../../session/use-labels';

/** Kept for the chain and the CSV, but nothing a person reads: ids, the flag shown as a badge, technical names. */
const HIDDEN = new Set(['alert', 'grantId', 'requestedBy', 'sessionId', 'route', 'workflowId', 'runId', 'name', 'lang']);
/** Fields whose value is a code the screen says in words: a refusal's code, and a refused login's or message's reason and kind. */
const isCoded = (action: string, key: string) =>
  key === 'code' || ((action === 'LOGIN_REFUSED' || action === 'MESSAGE_REFUSED') && (key === 'reason' || key === 'kind'));

type Value = unknown;

/**
 * An audit row's detail as labelled fields in the screen's language: each field's label depends on the action (a
 * read's subjects are what was read, an export's rows what was exported), and codes are said in words.
 */
export function AuditDetail({ action, detail }: { action: string; detail: Record<string, unknown> }) {
  const { t } = useTranslation();
  const label = useLabels();
  const { name: agencyName } = useAgencies();

  const fieldLabel = (key: string) => t([`audit.actionFields.${action}.${key}`, `audit.fields.${key}`, 'audit.fields.other']);
  const format = (key: string, value: Value): string => {
    if (typeof value === 'boolean') return t(value ? 'audit.yes' : 'audit.no');
    if (key === 'role' && typeof value === 'string') return label('roles', value);
    if (key === 'kind' && action.startsWith('AGENCY_') && typeof value === 'string') return label('agencyKinds', value);
    if ((key === 'agencyCode' || key === 'parentCode') && typeof value === 'string') return agencyName(value);
    if (key === 'roles' && Array.isArray(value)) return value.map((role) => label('roles', String(role))).join(', ');
    if (isCoded(action, key) && typeof value === 'string') return t([`audit.codes.${value.toUpperCase()}`, 'audit.codes.other']);
    if (Array.isArray(value)) return value.map((v) => format('', v)).join(', ');
    if (value && typeof value === 'object')
      return (
        Object.entries(value as Record<string, unknown>)
          .filter(([k, v]) => !HIDDEN.has(k) && v !== undefined && v !== null)
          .map(([k, v]) => `${t([`audit.fields.${k}`, 'audit.fields.other'])}: ${format(k, v)}`)
          .join('; ') || t('audit.none')
      );
    return String(value);
  };

  const fields = Object.entries(detail ?? {}).filter(([key, value]) => !HIDDEN.has(key) && value !== undefined && value !== null);
  if (!fields.length) return null;
  return (
    <dl className="audit-detail" style={{ margin: 0 }}>
      {fields.map(([key, value]) => (
        <div key={key}>
          <Text component="dt" size="xs" fw={600} display="inline">
            {fieldLabel(key)}:
          </Text>{' '}
          <Text component="dd" size="xs" display="inline" ml={0} style={{ wordBreak: 'break-word' }}>
            {format(key, value)}
          </Text>
        </div>
      ))}
    </dl>
  );
}
