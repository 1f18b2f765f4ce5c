import {
  allHandlersFinished,
  condition,
  getExternalWorkflowHandle,
  ParentClosePolicy,
  patched,
  setHandler,
  startChild,
  workflowInfo,
} from '@temporalio/workflow';
import { checkCharge, checkClosable, checkCoordinator } from '../../src/domain/case/case-rules';
import { Severity, severityOf } from '../../src/domain/case/severity';
import { ErrorCode } from '../../src/domain/error-code';
import { acts } from '../human-task/process-activities';
import { reject } from '../human-task/reject';
import { cancelProcessSignal } from '../human-task/messages';
import { chargeChangedSignal } from '../prosecution/messages';
import type { rescueWorkflow } from '../rescue/rescue.workflow';
import type { RescueResult } from '../rescue/types';
import { RecordWriter } from '../human-task/record-writer';
import { CaseRecord } from './case-record';
import { childStart, startProblem } from './child-input';
import * as messages from './messages';
import type { CaseInput, CaseView, ChildProcess, StartChildRequest } from './types';

export const CASE = 'CASE';

/**
 * A case links the processes about one situation: it starts rescue, reception and prosecution as child workflows,
 * holds the charge (and so the severity every prosecution deadline depends on), starts a reception for each
 * person a rescue brings back, and closes only when none of its processes is still running.
 */
export async function caseWorkflow(input: CaseInput): Promise<CaseView> {
  const caseRecord = new CaseRecord();
  const view: CaseView = {
    caseId: input.caseId,
    caseReference: input.caseReference,
    status: 'OPEN',
    charge: input.charge,
    severity: input.charge ? severityOf(input.charge) : null,
    tipIds: input.originTipId ? [input.originTipId] : [],
    children: [],
    timeline: [],
  };
  const recorded = new RecordWriter(
    () => ({
      workflowId: workflowInfo().workflowId,
      kind: 'CASE',
      processType: CASE,
      caseId: input.caseId,
      status: view.status,
      closedAt: view.status === 'CLOSED' ? (caseRecord.timeline().at(-1)?.at ?? null) : null,
      view: { ...view, timeline: caseRecord.timeline() },
    }),
    () => caseRecord.timeline().length,
  );
  const child = (processId: string) => view.children.find((c) => c.processId === processId);
  const notThisCase = (caseId: string) =>
    caseId === input.caseId ? null : { code: ErrorCode.FORBIDDEN, message: `This request is for case ${caseId}, not ${input.caseReference}` };
  const running = () => view.children.filter((c) => c.status === 'RUNNING').map((c) => c.processId);
  /** Processes started by a request with an Idempotency-Key: a retry after an unknown outcome gets the same one. */
  const startedFor = new Map<string, ChildProcess>();

  async function start({ requestId, ...request }: StartChildRequest, actorId: string | null): Promise<ChildProcess> {
    const { workflow, input: childInput } = childStart(input, view.severity, request);
    const processId = `${request.kind.toLowerCase()}-${input.caseReference}-${view.children.length + 1}`;
    const entry: ChildProcess = {
      processId,
      kind: request.kind,
      status: 'RUNNING',
      startedAt: Date.now(),
      closedAt: null,
      outcome: null,
      catalogueVersion: request.catalogueVersion ?? null,
      ...(request.kind === 'RECEPTION' ? { personLabel: request.personLabel ?? null, child: request.child ?? false } : {}),
    };
    view.children.push(entry);
    if (requestId) startedFor.set(requestId, entry);
    caseRecord.record({ type: 'CHILD_STARTED', actorId: actorId ?? undefined, detail: { processId, kind: request.kind } });
    const handle = await startChild(workflow as typeof rescueWorkflow, {
      workflowId: processId,
      args: [childInput as never],
      // A child outlives nothing it should not: cancelling is explicit, with a reason, through the child's own signal.
      parentClosePolicy: ParentClosePolicy.ABANDON,
    });
    void handle.result().then(
      (result: { outcome?: string } | null) => finished(entry, result?.outcome === 'CANCELLED' ? 'CANCELLED' : 'COMPLETED', result),
      () => finished(entry, 'FAILED', null),
    );
    return entry;
  }

  function finished(entry: ChildProcess, status: ChildProcess['status'], result: { outcome?: string } | null): void {
    entry.status = status;
    entry.closedAt = Date.now();
    entry.outcome = result?.outcome ?? null;
    caseRecord.record({ type: 'CHILD_CLOSED', detail: { processId: entry.processId, status, outcome: entry.outcome } });
    // Every person a rescue brings back is received, identified and supported.
    // Labels restart at V1 in every rescue: prefix them with the rescue's number to keep them unique in the case.
    const rescue = entry.kind === 'RESCUE' ? (result as RescueResult | null) : null;
    const rescueNumber = view.children.filter((c) => c.kind === 'RESCUE').indexOf(entry) + 1;
    for (const person of rescue?.persons ?? [])
      void start(
        {
          kind: 'RECEPTION',
          route: 'RESCUED',
          personLabel: `R${rescueNumber}-${person.label}`,
          child: person.child,
          homeCommuneCode: person.homeCommuneCode,
          // Rescued abroad: home through the border gate (Law 53/2024 art. 30(1)(b)).
          rescuedAbroad: !!rescue?.victimAbroad,
          // The rescue's own version, so the receptions it brings about never depend on when they start.
          catalogueVersion: rescue?.catalogueVersion ?? entry.catalogueVersion ?? null,
        },
        null,
      );
  }

  setHandler(messages.getCaseQuery, () => ({ ...view, timeline: caseRecord.timeline() }));

  setHandler(
    messages.startChildProcessUpdate,
    async ({ actor, request }) => (request.requestId ? startedFor.get(request.requestId) : undefined) ?? start(request, actor.userId),
    {
      validator: ({ actor, request }) => {
        // The same request again (its first answer was lost) is answered with what it started, not judged anew.
        if (request.requestId && startedFor.has(request.requestId)) return;
        reject(view.status === 'OPEN' ? null : { code: ErrorCode.CONFLICT, message: `Case ${input.caseReference} is closed` });
        reject(checkCoordinator(actor));
        const prosecutionRunning = view.children.some((c) => c.kind === 'PROSECUTION' && c.status === 'RUNNING');
        reject(startProblem(request, view.severity, prosecutionRunning));
      },
    },
  );

  setHandler(
    messages.cancelChildProcessUpdate,
    async ({ actor, processId, reason }) => {
      await getExternalWorkflowHandle(processId).signal(cancelProcessSignal, { processId, actorId: actor.userId, reason });
      caseRecord.record({ type: 'CHILD_CANCEL_REQUESTED', actorId: actor.userId, detail: { processId, reason } });
      await condition(() => child(processId)!.status !== 'RUNNING');
      return child(processId)!;
    },
    {
      validator: ({ caseId, actor, processId }) => {
        reject(notThisCase(caseId));
        reject(checkCoordinator(actor));
        const found = child(processId);
        reject(found ? null : { code: ErrorCode.NOT_FOUND, message: `Process ${processId} is not part of case ${input.caseReference}` });
        reject(found!.status === 'RUNNING' ? null : { code: ErrorCode.CONFLICT, message: `Process ${processId} is already ${found!.status}` });
      },
    },
  );

  setHandler(
    messages.changeChargeUpdate,
    async ({ actor, charge }) => {
      const before: Severity | null = view.severity;
      view.charge = charge;
      view.severity = severityOf(charge);
      caseRecord.record({ type: 'CHARGE_CHANGED', actorId: actor.userId, detail: { charge, from: before, severity: view.severity } });
      await acts.saveCase(input.caseId, { charge, severity: view.severity });
      if (before !== view.severity)
        for (const c of view.children.filter((x) => x.kind === 'PROSECUTION' && x.status === 'RUNNING'))
          await getExternalWorkflowHandle(c.processId).signal(chargeChangedSignal, { severity: view.severity, actorId: actor.userId });
      return { ...view, timeline: caseRecord.timeline() };
    },
    { validator: ({ actor, charge }) => reject(checkCoordinator(actor) ?? checkCharge(charge)) },
  );

  setHandler(
    messages.attachTipUpdate,
    async ({ actor, tipId }) => {
      view.tipIds.push(tipId);
      caseRecord.record({ type: 'TIP_ATTACHED', actorId: actor.userId, detail: { tipId } });
      await acts.attachTipToCase(tipId, input.caseId);
      return { ...view, timeline: caseRecord.timeline() };
    },
    {
      validator: ({ actor, tipId }) => {
        reject(checkCoordinator(actor));
        reject(view.tipIds.includes(tipId) ? { code: ErrorCode.CONFLICT, message: 'The tip is already attached to this case' } : null);
      },
    },
  );

  setHandler(messages.startProcessSignal, ({ request, actorId }) => {
    const prosecutionRunning = view.children.some((c) => c.kind === 'PROSECUTION' && c.status === 'RUNNING');
    const problem = view.status === 'OPEN' ? startProblem(request, view.severity, prosecutionRunning) : 'closed';
    if (problem) caseRecord.record({ type: 'CHILD_START_REFUSED', actorId: actorId ?? undefined, detail: { kind: request.kind, problem } });
    else void start(request, actorId);
  });

  let closeReason: string | null = null;
  setHandler(
    messages.closeCaseUpdate,
    async ({ reason }) => {
      closeReason = reason;
      await condition(() => view.status === 'CLOSED');
      return { ...view, timeline: caseRecord.timeline() };
    },
    {
      validator: ({ caseId, actor }) => {
        reject(notThisCase(caseId));
        reject(checkCoordinator(actor));
        reject(view.status === 'OPEN' ? null : { code: ErrorCode.CONFLICT, message: 'The case is already closed' });
        reject(checkClosable(running()));
      },
    },
  );

  // A case has no deadlines of its own; cases opened before this change loaded the catalogue for nothing.
  if (!patched('case-without-catalogue')) await acts.loadCatalogue();
  caseRecord.record({ type: 'PROCESS_STARTED' });
  for (const request of input.firstProcesses ?? [])
    await start({ ...request, catalogueVersion: request.catalogueVersion ?? input.catalogueVersion ?? null }, null);
  await condition(() => closeReason !== null);
  await acts.saveCase(input.caseId, { status: 'CLOSED', closeReason });
  view.status = 'CLOSED';
  caseRecord.record({ type: 'PROCESS_COMPLETED', detail: { reason: closeReason } });
  await condition(allHandlersFinished);
  await recorded.settled();
  return { ...view, timeline: caseRecord.timeline() };
}
