import { prosecutionWorkflow } from '../prosecution/prosecution.workflow';
import type { ProsecutionInput } from '../prosecution/types';
import { receptionWorkflow } from '../reception/reception.workflow';
import type { ReceptionInput } from '../reception/types';
import { rescueWorkflow } from '../rescue/rescue.workflow';
import type { RescueInput } from '../rescue/types';
import type { Severity } from '../../src/domain/case/severity';
import type { CaseInput, StartChildRequest } from './types';

type ChildWorkflow = typeof rescueWorkflow | typeof receptionWorkflow | typeof prosecutionWorkflow;

/** The workflow and input a child process starts with, from the coordinator's request. */
export function childStart(
  kase: CaseInput,
  severity: Severity | null,
  request: StartChildRequest,
): { workflow: ChildWorkflow; input: RescueInput | ReceptionInput | ProsecutionInput } {
  const base = { caseId: kase.caseId, caseReference: kase.caseReference, catalogueVersion: request.catalogueVersion ?? null };
  switch (request.kind) {
    case 'RESCUE':
      return { workflow: rescueWorkflow, input: { ...base, victimAbroad: !!request.victimAbroad, borderArea: !!request.borderArea } };
    case 'RECEPTION':
      return {
        workflow: receptionWorkflow,
        input: {
          ...base,
          personLabel: request.personLabel ?? 'V?',
          child: !!request.child,
          route: request.route ?? 'SELF_REPORT',
          homeCommuneCode: request.homeCommuneCode ?? null,
          arrivalCommuneCode: request.arrivalCommuneCode ?? null,
          receivingAgencyCode: request.receivingAgencyCode ?? null,
          rescuedAbroad: !!request.rescuedAbroad,
        },
      };
    case 'PROSECUTION':
      return {
        workflow: prosecutionWorkflow,
        input: {
          ...base,
          severity: severity ?? 'VERY_SERIOUS',
          openedByBorderGuard: !!request.openedByBorderGuard,
          decidedAt: request.decidedAt,
        },
      };
  }
}

/** Why a start request cannot be honoured, or null. */
export function startProblem(request: StartChildRequest, severity: Severity | null, prosecutionRunning: boolean): string | null {
  if (!['RESCUE', 'RECEPTION', 'PROSECUTION'].includes(request.kind)) return 'kind must be RESCUE, RECEPTION or PROSECUTION';
  if (request.kind === 'RECEPTION' && !request.personLabel)
    return 'personLabel is required to receive a person (a pseudonym such as V1, never a name)';
  if (request.kind === 'RECEPTION' && request.route && !['BORDER_HANDOVER', 'SELF_REPORT', 'RESCUED'].includes(request.route))
    return 'route must be BORDER_HANDOVER, SELF_REPORT or RESCUED';
  if (request.kind === 'PROSECUTION' && !severity) return 'Set the charge (article and clause) before starting the prosecution';
  if (request.kind === 'PROSECUTION' && prosecutionRunning) return 'A prosecution of this case is already running';
  return null;
}
