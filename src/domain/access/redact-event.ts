/** A timeline entry as the API shows it. */
export interface RedactableEvent {
  type: string;
  taskId?: string;
  actorId?: string;
  detail?: Record<string, unknown>;
}

/**
 * Detail keys that say what happened to a step and when, never what was found or why: agencies, steps, levels,
 * instants, identifiers, counts, the charge. Anything else — outcomes, reasons, notes, persons' labels, errors, and
 * any key added later until it is reviewed here — is left out for readers who may not see it.
 */
const SAFE_DETAIL_KEYS = new Set([
  'stepType',
  'agencyCode',
  'dueAt',
  'requestedDueAt',
  'from',
  'to',
  'level',
  'target',
  'escalationId',
  'extensionId',
  'catalogueVersion',
  'processId',
  'kind',
  'status',
  'missingYears',
  'pausedMs',
  'deadlineKey',
  'previousDeadlineKey',
  'severity',
  'charge',
  'caseId',
  'caseReference',
  'tipId',
  'count',
  'returnedBy',
  'children',
  'groundCode',
  'movesDueDate',
  'dueDateMoved',
]);

/** The event without its actor and with only the safe part of its detail. */
export function redactEvent<T extends RedactableEvent>(event: T): T {
  const { actorId: _actor, detail, ...rest } = event;
  const safe = detail ? Object.fromEntries(Object.entries(detail).filter(([k]) => SAFE_DETAIL_KEYS.has(k))) : undefined;
  return { ...rest, ...(safe && Object.keys(safe).length ? { detail: safe } : {}) } as T;
}
