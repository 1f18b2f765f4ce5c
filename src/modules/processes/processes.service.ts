import { Injectable } from '@nestjs/common';
import { caseWorkflowId } from '../../../workflows/case/case-workflow-id';
import { cancelProcessUpdate, getProcessQuery } from '../../../workflows/human-task/messages';
import { AppException } from '../../common/app-exception';
import { actorOf } from '../../common/auth/actor-of';
import type { AuthUser } from '../../common/auth/auth-user';
import { caseAccess } from '../../domain/access/access-rules';
import { redactProcess } from '../../domain/access/redact-process';
import { ErrorCode } from '../../domain/error-code';
import { WorkflowGateway } from '../../temporal/workflow-gateway.service';
import { RecordsService } from '../records/records.service';
import { TaskRecordsRepository } from '../records/task-records.repository';
import { ProcessDto } from './process.dto';
import { withProcessActions } from './with-allowed-actions';

@Injectable()
export class ProcessesService {
  constructor(
    private readonly tasks: TaskRecordsRepository,
    private readonly workflows: WorkflowGateway,
    private readonly records: RecordsService,
  ) {}

  /**
   * The timeline comes from the record of reference (the workflow itself while it runs, see RecordsService). Agencies see processes they work on, other
   * agencies' tasks there without outcomes, reasons or notes; leadership sees none of those (see the access table).
   */
  async get(user: AuthUser, processId: string): Promise<ProcessDto> {
    if (processId.startsWith(caseWorkflowId('')))
      throw new AppException(ErrorCode.NOT_FOUND, `${processId} is a case, not a process: read it with GET /cases/{reference}`);
    const access = caseAccess(user, await this.tasks.agenciesInProcess(processId));
    if (access === 'NONE') throw new AppException(ErrorCode.FORBIDDEN, `Your agency has no task in process ${processId}`);
    return redactProcess(withProcessActions(user, ProcessDto.from(await this.records.process(processId))), access, user);
  }

  /** Closes every open task of the process with the reason; no escalation fires afterwards. */
  async cancel(user: AuthUser, processId: string, reason: string): Promise<ProcessDto> {
    // A case is not a process: it has no such update, and sending one would only wait for a timeout.
    if (processId.startsWith(caseWorkflowId('')))
      throw new AppException(
        ErrorCode.VALIDATION_FAILED,
        `${processId} is a case, not a process: cancel its processes with POST /cases/{reference}/processes/{id}/cancel, close it with POST /cases/{reference}/close`,
      );
    const current = await this.workflows.query(processId, getProcessQuery);
    if (current.status !== 'RUNNING') throw new AppException(ErrorCode.CONFLICT, `Process ${processId} is already ${current.status}`);
    return withProcessActions(
      user,
      ProcessDto.from(await this.workflows.update(processId, cancelProcessUpdate, { processId, actor: actorOf(user), reason })),
    );
  }
}
