import type { Schemas } from '../../api/client';

type Case = Schemas['CaseDto'];

/**
 * What a process of the case is, for naming it: its kind for the case's own processes and the tips' verifications
 * (by the tips and records the reader got), the case itself otherwise.
 */
export function processKinds(item: Case): Map<string, string> {
  return new Map([
    ...(item.tips ?? []).map((tip) => [tip.processId, 'TIP_VERIFICATION'] as const),
    ...(item.records ?? []).map((record) => [record.processId, record.processType] as const),
    ...item.processes.map((process) => [process.processId, process.kind] as const),
  ]);
}
