import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomInt } from 'node:crypto';
import { IsNull, Repository } from 'typeorm';
import type { CasePatch } from '../../../activities/process-activities';
import * as caseMessages from '../../../workflows/case/messages';
import { caseWorkflow } from '../../../workflows/case/case.workflow';
import { caseWorkflowId } from '../../../workflows/case/case-workflow-id';
import type { CaseView, StartChildRequest } from '../../../workflows/case/types';
import { AppException } from '../../common/app-exception';
import { actorOf } from '../../common/auth/actor-of';
import type { Actor } from '../../domain/actor';
import type { AuthUser } from '../../common/auth/auth-user';
import { caseAccess } from '../../domain/access/access-rules';
import { redactCase } from '../../domain/access/redact-case';
import { businessReference } from '../../domain/business-reference';
import { Charge, severityOf } from '../../domain/case/severity';
import { ErrorCode } from '../../domain/error-code';
import { WorkflowGateway } from '../../temporal/workflow-gateway.service';
import { AgenciesService } from '../agencies/agencies.service';
import { RecordsService } from '../records/records.service';
import { TaskRecordsRepository } from '../records/task-records.repository';
import { AgencyMembersService } from '../users/agency-members.service';
import { currentCatalogueVersion } from '../processes/current-catalogue-version';
import { TaskDto } from '../tasks/dto/task.dto';
import { TipEntity } from '../tips/tip.entity';
import { CaseEntity } from './case.entity';
import { CaseDto, CaseTimelineEventDto, ChildProcessDto } from './dto/case.dto';
import { ChargeDto } from './dto/charge.dto';
import { StartProcessDto } from './dto/start-process.dto';
import { tipVerificationsOf } from './tip-verifications-of';
import { tipsOfCase } from './tips-of-case';
import { caseTips } from './case-tips';
import { timelineEntry } from '../records/timeline-entry';
import { caseRecords, namedTimeline, peopleToName, tasksById, withNames } from './case-records';

@Injectable()
export class CasesService {
  constructor(
    @InjectRepository(CaseEntity) private readonly cases: Repository<CaseEntity>,
    private readonly workflows: WorkflowGateway,
    private readonly agencies: AgenciesService,
    private readonly records: RecordsService,
    private readonly members: AgencyMembersService,
    private readonly tasks: TaskRecordsRepository,
  ) {}

  /**
   * Activity side: the tip's case — the one it was attached to, else the one it opened, opened now if need be.
   * Idempotent: a tip opens one case however often the activity is retried or asked (urgent rescue, confirmation).
   */
  async openFromTip(tipId: string): Promise<CaseEntity> {
    const tip = await this.cases.manager.findOneBy(TipEntity, { id: tipId });
    const attached = tip?.caseId ? await this.cases.findOneBy({ id: tip.caseId }) : null;
    if (attached) return attached;
    const existing = await this.cases.findOneBy({ originTipId: tipId });
    if (existing) return existing;
    const reference = businessReference('CASE', Date.now(), () => randomInt(32));
    await this.cases
      .createQueryBuilder()
      .insert()
      .values({ reference, originTipId: tipId, status: 'OPEN', workflowId: caseWorkflowId(reference) })
      .orIgnore()
      .execute();
    const opened = await this.cases.findOneByOrFail({ originTipId: tipId });
    // The tip belongs to its case from now on, not only once confirmed (an urgent rescue opens it before).
    await this.cases.manager.update(TipEntity, { id: tipId, caseId: IsNull() }, { caseId: opened.id });
    return opened;
  }

  /** Activity side: the case workflow's charge, severity and closing, mirrored for lists and statistics. */
  async save(caseId: string, patch: CasePatch): Promise<void> {
    await this.cases.update(
      { id: caseId },
      {
        ...(patch.charge ? { chargeArticle: patch.charge.article, chargeClause: patch.charge.clause } : {}),
        ...(patch.severity ? { severity: patch.severity } : {}),
        ...(patch.status ? { status: patch.status, closedAt: new Date(), closeReason: patch.closeReason ?? null } : {}),
      },
    );
  }

  /**
   * A case opened directly by a coordinator, e.g. for a victim handed over at the border without a prior tip. The same
   * Idempotency-Key finds the case it opened (a retry after 504), which is started once whatever happened before.
   */
  async open(user: AuthUser, charge?: ChargeDto, idempotencyKey?: string): Promise<{ dto: CaseDto; created: boolean }> {
    const scopedKey = idempotencyKey === undefined ? null : `${user.userId}:${idempotencyKey}`;
    const previous = scopedKey === null ? null : await this.cases.findOneBy({ idempotencyKey: scopedKey });
    const reference = previous?.reference ?? businessReference('CASE', Date.now(), () => randomInt(32));
    const row =
      previous ??
      (await this.cases.save(
        this.cases.create({
          reference,
          status: 'OPEN',
          workflowId: caseWorkflowId(reference),
          chargeArticle: charge?.article ?? null,
          chargeClause: charge?.clause ?? null,
          severity: charge ? severityOf(charge) : null,
          idempotencyKey: scopedKey,
        }),
      ));
    const workflowId = row.workflowId ?? caseWorkflowId(reference);
    const input = {
      caseId: row.id,
      caseReference: row.reference,
      // The charge as asked (the same request, by the key's fingerprint): from the row, so a retry starts the same case.
      charge: row.chargeArticle !== null && row.chargeClause !== null ? ({ article: row.chargeArticle, clause: row.chargeClause } as Charge) : null,
      originTipId: null,
    };
    try {
      await this.workflows.start(caseWorkflow, workflowId, [input]);
    } catch (error) {
      // Certainly not started: no case is left behind. When the outcome is unknown the row stays, and the 504 says so.
      if (!previous && error instanceof AppException && error.code === ErrorCode.WORKFLOW_ENGINE_UNAVAILABLE) await this.cases.delete({ id: row.id });
      throw error;
    }
    // Opened: the answer says so even when no worker can answer the query yet.
    const view = await this.workflows.query(workflowId, caseMessages.getCaseQuery).catch(() => null);
    const dto = CaseDto.from(
      view ?? { ...input, status: 'OPEN', severity: row.severity as CaseView['severity'], tipIds: [], children: [], timeline: [] },
      workflowId,
      actorOf(user),
    );
    return { dto, created: !previous };
  }

  /**
   * The case with the timeline of all its processes — from the tip verification(s) that led to it — merged in time
   * order, as this reader may see it: coordinators in full; an involved agency its own tasks' events in full and the
   * rest without outcomes, reasons or notes; leadership the header, the processes with their status and overdue
   * counts, and the timeline without any of those.
   */
  async get(user: AuthUser, reference: string): Promise<CaseDto> {
    const row = await this.cases.findOneBy({ reference });
    if (!row) throw new AppException(ErrorCode.NOT_FOUND, `Case ${reference} not found`);
    const access = caseAccess(user, await this.tasks.agenciesInCase(row));
    if (access === 'NONE') throw new AppException(ErrorCode.FORBIDDEN, `Your agency is not involved in case ${reference}`);
    // From the record of reference: a closed case and its processes need nothing from the engine's history.
    const view = await this.records.caseView(row.workflowId!);
    const tipRows = await tipsOfCase(this.cases.manager, row);
    // A tip whose verification never started (the engine was down) has no process to ask yet.
    const tips = await Promise.all(tipVerificationsOf(tipRows).map((id) => this.records.process(id).catch(() => null)));
    const children = await Promise.all(view.children.map((c) => this.records.process(c.processId)));
    const processes = [...tips.filter((t) => t !== null), ...children];
    const timelines: CaseTimelineEventDto[] = processes.flatMap((p) => p.timeline.map((e) => timelineEntry(e, p.processId)));
    const now = Date.now();
    const overdue = new Map(children.map((child) => [child.processId, child.tasks.filter((t) => TaskDto.fromState(t, now).overdue).length]));
    const dto = CaseDto.from(view, row.workflowId!, actorOf(user), timelines);
    dto.processes = dto.processes.map((p) => ({ ...p, overdueTasks: overdue.get(p.processId) ?? 0 }));
    const tasks = tasksById(processes);
    const redacted = redactCase(dto, access, user, new Map([...tasks].map(([id, t]) => [id, t.agencyCode])));
    const records = caseRecords(processes, access, user);
    const timeline = namedTimeline(redacted.timeline, tasks);
    const named = withNames(records, timeline, await this.members.names(peopleToName(records, timeline)));
    return Object.assign(redacted, {
      tips: await caseTips(this.tasks, tipRows, row.originTipId, user),
      records: named.records,
      timeline: named.timeline,
    });
  }

  async attachTip(user: AuthUser, reference: string, tipReference: string): Promise<CaseDto> {
    const row = await this.visible(user, reference);
    const tip = await this.cases.manager.findOneBy(TipEntity, { reference: tipReference });
    if (!tip) throw new AppException(ErrorCode.NOT_FOUND, `Tip ${tipReference} not found`);
    if (tip.caseId && tip.caseId !== row.id) throw new AppException(ErrorCode.CONFLICT, `Tip ${tipReference} belongs to another case`);
    return this.update(row, caseMessages.attachTipUpdate, { actor: actorOf(user), tipId: tip.id });
  }

  async changeCharge(user: AuthUser, reference: string, charge: ChargeDto): Promise<CaseDto> {
    const row = await this.visible(user, reference);
    return this.update(row, caseMessages.changeChargeUpdate, { actor: actorOf(user), charge: { article: charge.article, clause: charge.clause } });
  }

  /** With an Idempotency-Key the case workflow starts one process per key, so retrying after a 504 is safe. */
  async startProcess(user: AuthUser, reference: string, dto: StartProcessDto, idempotencyKey?: string): Promise<ChildProcessDto> {
    const row = await this.visible(user, reference);
    if (row.status === 'CLOSED') throw new AppException(ErrorCode.CONFLICT, `Case ${row.reference} is closed`);
    const request = await this.startRequest(dto);
    if (idempotencyKey !== undefined) request.requestId = `${user.userId}:${idempotencyKey}`;
    return ChildProcessDto.from(
      await this.workflows.update(row.workflowId!, caseMessages.startChildProcessUpdate, { actor: actorOf(user), request }),
    );
  }

  /**
   * The request as the case workflow takes it: every agency and commune checked against the list (a task for an
   * unknown agency could never be projected), the catalogue version and the decision date fixed now, at acceptance.
   */
  private async startRequest(dto: StartProcessDto): Promise<StartChildRequest> {
    const { decidedAt, ...rest } = dto;
    const request: StartChildRequest = { ...rest, catalogueVersion: await currentCatalogueVersion(this.cases.manager) };
    if (dto.homeCommuneCode) request.homeCommuneCode = await this.agencies.requireCommune(dto.homeCommuneCode, 'homeCommuneCode');
    if (dto.arrivalCommuneCode) request.arrivalCommuneCode = await this.agencies.requireCommune(dto.arrivalCommuneCode, 'arrivalCommuneCode');
    if (dto.receivingAgencyCode) {
      await this.agencies.requireAssignable(dto.receivingAgencyCode, 'receivingAgencyCode');
    }
    if (dto.kind === 'RECEPTION' && dto.route === 'SELF_REPORT' && !dto.arrivalCommuneCode && !dto.homeCommuneCode)
      throw new AppException(
        ErrorCode.VALIDATION_FAILED,
        'arrivalCommuneCode (or homeCommuneCode) is required for SELF_REPORT: the person is brought to that commune committee',
      );
    if (dto.kind === 'PROSECUTION') {
      const at = decidedAt ? Date.parse(decidedAt) : Date.now();
      if (at > Date.now() + 5 * 60_000) throw new AppException(ErrorCode.VALIDATION_FAILED, 'decidedAt must not be in the future');
      request.decidedAt = at;
    }
    return request;
  }

  async cancelProcess(user: AuthUser, reference: string, processId: string, reason: string): Promise<ChildProcessDto> {
    const row = await this.visible(user, reference);
    if (row.status === 'CLOSED') throw new AppException(ErrorCode.CONFLICT, `Case ${row.reference} is closed`);
    return ChildProcessDto.from(
      await this.workflows.update(row.workflowId!, caseMessages.cancelChildProcessUpdate, {
        caseId: row.id,
        actor: actorOf(user),
        processId,
        reason,
      }),
    );
  }

  async close(user: AuthUser, reference: string, reason: string): Promise<CaseDto> {
    const row = await this.visible(user, reference);
    return this.update(row, caseMessages.closeCaseUpdate, { caseId: row.id, actor: actorOf(user), reason });
  }

  private async update<I extends { actor: Actor }>(row: CaseEntity, update: Parameters<WorkflowGateway['update']>[1], input: I): Promise<CaseDto> {
    // A closed case's workflow has finished and takes no more updates.
    if (row.status === 'CLOSED') throw new AppException(ErrorCode.CONFLICT, `Case ${row.reference} is closed`);
    const view = await this.workflows.update(row.workflowId!, update as never, input as never);
    return CaseDto.from(view as never, row.workflowId!, input.actor);
  }

  /** Coordinators and leadership see every case; an agency the cases it is involved in; administrators none. */
  private async visible(user: AuthUser, reference: string): Promise<CaseEntity> {
    const row = await this.cases.findOneBy({ reference });
    if (!row) throw new AppException(ErrorCode.NOT_FOUND, `Case ${reference} not found`);
    if (caseAccess(user, await this.tasks.agenciesInCase(row)) === 'NONE')
      throw new AppException(ErrorCode.FORBIDDEN, `Your agency is not involved in case ${reference}`);
    return row;
  }
}
