import { getExternalWorkflowHandle, ParentClosePolicy, patched, startChild } from '@temporalio/workflow';
import { caseWorkflow } from '../case/case.workflow';
import { caseWorkflowId } from '../case/case-workflow-id';
import { startProcessSignal } from '../case/messages';
import type { StartChildRequest } from '../case/types';
import { acts } from '../human-task/process-activities';
import type { TaskBoard } from '../human-task/task-board';
import type { TipVerificationInput } from './types';

export interface TipCaseRef {
  caseId: string;
  reference: string;
}

/**
 * The one case a tip belongs to: the case it was attached to, or the one it opens (at confirmation, or at once when
 * the standing office decides to rescue). However often it is asked for, the tip opens at most one case.
 */
export class TipCase {
  private opening: Promise<TipCaseRef> | null = null;

  constructor(
    private readonly board: TaskBoard,
    private readonly input: TipVerificationInput,
  ) {}

  /** The tip's case, opened (with these first processes) if it has none yet. */
  open(firstProcesses: StartChildRequest[] = []): Promise<TipCaseRef> {
    this.opening ??= this.openOnce(firstProcesses);
    return this.opening;
  }

  /** Starts a process in the tip's case, opening the case with it if there is none yet. */
  async startProcess(request: StartChildRequest, actorId: string | null): Promise<TipCaseRef> {
    if (this.opening) {
      const opened = await this.opening;
      await this.startInCase(opened.reference, request, actorId);
      return opened;
    }
    return this.open([request]);
  }

  private async openOnce(firstProcesses: StartChildRequest[]): Promise<TipCaseRef> {
    const opened = await acts.openCaseFromTip(this.input.tipId);
    // Added after the first release: tips confirmed by older runs opened the case row only.
    if (patched('tip-starts-case-workflow')) {
      if (opened.attached) {
        // The tip was attached to a running case before it was confirmed: it belongs there, no second case opens.
        for (const request of firstProcesses) await this.startInCase(opened.reference, request, null);
      } else {
        await startChild(caseWorkflow, {
          workflowId: caseWorkflowId(opened.reference),
          args: [
            {
              caseId: opened.caseId,
              caseReference: opened.reference,
              charge: null,
              originTipId: this.input.tipId,
              catalogueVersion: this.input.catalogueVersion ?? null,
              firstProcesses,
            },
          ],
          parentClosePolicy: ParentClosePolicy.ABANDON,
        });
      }
    }
    this.board.record({
      type: opened.attached ? 'CASE_JOINED' : 'CASE_OPENED',
      detail: { caseId: opened.caseId, caseReference: opened.reference },
    });
    return { caseId: opened.caseId, reference: opened.reference };
  }

  /** Asks a running case to start a process; a case closed meanwhile cannot, and the tip's timeline says so. */
  private async startInCase(caseReference: string, request: StartChildRequest, actorId: string | null): Promise<void> {
    try {
      await getExternalWorkflowHandle(caseWorkflowId(caseReference)).signal(startProcessSignal, {
        request: { ...request, catalogueVersion: request.catalogueVersion ?? this.input.catalogueVersion ?? null },
        actorId,
      });
    } catch (error) {
      this.board.record({ type: 'CASE_PROCESS_NOT_STARTED', detail: { caseReference, kind: request.kind, error: String(error) } });
    }
  }
}
