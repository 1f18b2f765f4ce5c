import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomInt } from 'node:crypto';
import { LessThan, QueryFailedError, Repository } from 'typeorm';
import { tipVerificationWorkflow } from '../../../workflows/tip-verification/tip-verification.workflow';
import { AppException } from '../../common/app-exception';
import type { AuthUser } from '../../common/auth/auth-user';
import { DEFAULT_INVESTIGATION_AGENCY } from '../../domain/agency-codes';
import { mayReadTipster, tipAccess } from '../../domain/access/access-rules';
import { businessReference } from '../../domain/business-reference';
import { ErrorCode } from '../../domain/error-code';
import { tipsConfig } from '../../config/tips.config';
import { lateRegistration } from '../../domain/tip/late-registration';
import { TipStatus } from '../../domain/tip/tip-status';
import { WorkflowGateway } from '../../temporal/workflow-gateway.service';
import { AgenciesService } from '../agencies/agencies.service';
import { currentCatalogueVersion } from '../processes/current-catalogue-version';
import { AuditService } from '../audit/audit.service';
import { TaskRecordsRepository } from '../records/task-records.repository';
import { RegisterTipDto } from './dto/register-tip.dto';
import { TipsterContactDto } from './dto/tipster-contact.dto';
import { TipEntity } from './tip.entity';
import { tipWorkflowId } from './tip-workflow-id';
import { TipsterContactEntity } from './tipster-contact.entity';

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class TipsService {
  private readonly logger = new Logger(TipsService.name);
  private readonly firstTaskWaitMs = tipsConfig().firstTaskWaitMs;

  constructor(
    @InjectRepository(TipEntity) private readonly tips: Repository<TipEntity>,
    private readonly agencies: AgenciesService,
    private readonly workflows: WorkflowGateway,
    private readonly audit: AuditService,
    private readonly tasks: TaskRecordsRepository,
  ) {}

  /**
   * Saves the tip (and, apart, its tipster), then starts its verification process. The same external reference or
   * Idempotency-Key returns the first registration instead of a second tip. If the workflow engine is down the tip
   * stays saved as PENDING_START, the caller gets a 503, and the process starts on retry or by the pending sweep.
   */
  async register(user: AuthUser, dto: RegisterTipDto, idempotencyKey?: string): Promise<{ tip: TipEntity; created: boolean }> {
    // A key is the caller's own: another coordinator's identical key is another request (see IdempotencyInterceptor).
    const scopedKey = idempotencyKey === undefined ? undefined : `${user.userId}:${idempotencyKey}`;
    const unscoped = idempotencyKey === undefined ? undefined : { key: idempotencyKey, registeredBy: user.userId };
    const previous = await this.findDuplicate(dto.externalReference, scopedKey, unscoped);
    if (previous) return { tip: await this.startTruthfully(previous), created: false };
    const agencyCode = dto.investigatingAgencyCode ?? DEFAULT_INVESTIGATION_AGENCY;
    await this.agencies.requireAssignable(agencyCode, 'investigatingAgencyCode');
    let tip: TipEntity;
    try {
      tip = await this.insert(user, dto, agencyCode, scopedKey);
    } catch (error) {
      // Two identical requests raced; the loser returns the winner's tip.
      const raced = error instanceof QueryFailedError && (error as { code?: string }).code === UNIQUE_VIOLATION;
      const winner = raced ? await this.findDuplicate(dto.externalReference, scopedKey) : null;
      if (!winner) throw error;
      return { tip: await this.startTruthfully(winner), created: false };
    }
    return { tip: await this.startTruthfully(tip), created: true };
  }

  /** The tip is saved whatever happens next; an unanswered start says so, and that it will not start twice. */
  private async startTruthfully(tip: TipEntity): Promise<TipEntity> {
    try {
      return await this.ensureStarted(tip);
    } catch (error) {
      if (error instanceof AppException && error.code === ErrorCode.OUTCOME_UNKNOWN)
        throw new AppException(
          ErrorCode.OUTCOME_UNKNOWN,
          `Tip ${tip.reference} is saved; starting its verification was sent to the workflow engine but not confirmed in time. ` +
            'It starts (once) by itself if it has not; retrying with the same Idempotency-Key is safe',
        );
      throw error;
    }
  }

  /**
   * Read your writes: waits (at most TIP_TASKS_WAIT_MS, 5 s by default) until the verification's first task is in the
   * projection, so that a 201 means the investigating agency's list shows it. Says whether it got there in time.
   */
  async firstTaskListed(tip: TipEntity): Promise<boolean> {
    if (tip.status === TipStatus.PENDING_START) return false;
    const until = Date.now() + this.firstTaskWaitMs;
    // Short even pauses: the first task is written by the process's first workflow task, tens of ms after the start.
    for (let pause = 10; ; pause = Math.min(pause + 10, 50)) {
      if (await this.tasks.processHasTask(tip.workflowId)) return true;
      if (Date.now() + pause > until) return false;
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }

  async get(user: AuthUser, reference: string): Promise<TipEntity> {
    const tip = await this.tips.findOneBy({ reference });
    if (!tip) throw new AppException(ErrorCode.NOT_FOUND, `Tip ${reference} not found`);
    if (tipAccess(user, await this.tasks.agenciesInProcess(tip.workflowId)) === 'NONE')
      throw new AppException(ErrorCode.FORBIDDEN, `Tip ${reference} is not one your agency works on`);
    return tip;
  }

  /** The case the tip opened or was attached to, or null. */
  async caseReferenceOf(tip: TipEntity): Promise<string | null> {
    if (!tip.caseId) return null;
    const [row] = (await this.tips.query(`SELECT reference FROM cases WHERE id = $1`, [tip.caseId])) as { reference: string }[];
    return row?.reference ?? null;
  }

  /** The tipster's identity: coordinators only (the route enforces it), and every read is audited. */
  async tipsterContact(user: AuthUser, reference: string): Promise<TipsterContactDto | null> {
    if (!mayReadTipster(user)) throw new AppException(ErrorCode.FORBIDDEN, 'Only coordinators of the standing office read a tipster’s contact');
    const tip = await this.get(user, reference);
    const sealed = await this.tips.manager.findOneBy(TipsterContactEntity, { tipId: tip.id });
    await this.audit.recordUnchained({ actorId: user.userId, action: 'READ_TIPSTER_CONTACT', subjectType: 'tip', subjectId: tip.id });
    return sealed ? (JSON.parse(sealed.contactEncrypted) as TipsterContactDto) : null;
  }

  /** Activity side. */
  async setStatus(tipId: string, status: TipStatus, caseId?: string | null): Promise<void> {
    await this.tips.update({ id: tipId }, { status, ...(caseId ? { caseId } : {}) });
  }

  /** Activity side: the tip now belongs to this case. */
  async attachToCase(tipId: string, caseId: string): Promise<void> {
    await this.tips.update({ id: tipId }, { caseId });
  }

  /** Starts the processes of tips saved while the workflow engine was down; returns how many it started. */
  async startPending(olderThanMs: number): Promise<number> {
    const pending = await this.tips.find({
      where: { status: TipStatus.PENDING_START, createdAt: LessThan(new Date(Date.now() - olderThanMs)) },
      take: 100,
    });
    let started = 0;
    for (const tip of pending) {
      try {
        await this.ensureStarted(tip);
        started++;
      } catch (error) {
        this.logger.warn(`Tip ${tip.reference} still waiting for the workflow engine: ${(error as Error).message}`);
        break;
      }
    }
    return started;
  }

  private async ensureStarted(tip: TipEntity): Promise<TipEntity> {
    if (tip.status !== TipStatus.PENDING_START) return tip;
    const late = lateRegistration(tip.receivedAt.getTime(), tip.createdAt.getTime(), tipsConfig().lateRegistrationHours);
    try {
      await this.workflows.start(tipVerificationWorkflow, tip.workflowId, [
        {
          tipId: tip.id,
          tipReference: tip.reference,
          investigatingAgencyCode: tip.investigatingAgencyCode,
          victimInDanger: tip.victimInDanger,
          // Fixed at acceptance, so a tip that waited for the engine starts neither late nor on a newer catalogue.
          receivedAt: tip.receivedAt.getTime(),
          catalogueVersion: tip.catalogueVersion,
          registeredLate: late && { registeredAt: tip.createdAt.getTime(), ...late },
        },
      ]);
    } catch (error) {
      if (error instanceof AppException && error.code === ErrorCode.WORKFLOW_ENGINE_UNAVAILABLE)
        throw new AppException(
          ErrorCode.WORKFLOW_ENGINE_UNAVAILABLE,
          `Tip ${tip.reference} is saved, but the workflow engine is unavailable; its verification starts automatically when the engine is back (retrying with the same Idempotency-Key is safe)`,
        );
      throw error;
    }
    const moved = await this.tips.update({ id: tip.id, status: TipStatus.PENDING_START }, { status: TipStatus.VERIFYING });
    // Read back only when another starter (the pending sweep, a twin request) got there first and may have moved it on.
    return moved.affected === 1 ? Object.assign(tip, { status: TipStatus.VERIFYING }) : this.tips.findOneByOrFail({ id: tip.id });
  }

  /** `unscoped`: the key as sent, for tips registered before keys were stored per caller (only that caller's). */
  private findDuplicate(
    externalReference?: string,
    idempotencyKey?: string,
    unscoped?: { key: string; registeredBy: string },
  ): Promise<TipEntity | null> {
    const where = [
      ...(externalReference ? [{ externalReference }] : []),
      ...(idempotencyKey ? [{ idempotencyKey }] : []),
      ...(unscoped ? [{ idempotencyKey: unscoped.key, registeredBy: unscoped.registeredBy }] : []),
    ];
    return where.length ? this.tips.findOne({ where }) : Promise.resolve(null);
  }

  private insert(user: AuthUser, dto: RegisterTipDto, agencyCode: string, idempotencyKey?: string): Promise<TipEntity> {
    return this.tips.manager.transaction(async (tx) => {
      const reference = businessReference('TIP', Date.now(), () => randomInt(32));
      const tip = await tx.save(
        tx.create(TipEntity, {
          reference,
          externalReference: dto.externalReference ?? null,
          idempotencyKey: idempotencyKey ?? null,
          channel: dto.channel,
          receivedAt: new Date(dto.receivedAt),
          summary: dto.summary,
          location: dto.location,
          urgency: dto.urgency,
          victimInDanger: dto.victimInDanger ?? false,
          investigatingAgencyCode: agencyCode,
          catalogueVersion: await currentCatalogueVersion(tx),
          status: TipStatus.PENDING_START,
          workflowId: tipWorkflowId(reference),
          registeredBy: user.userId,
        }),
      );
      const contact = dto.tipsterContact;
      if (contact && Object.values(contact).some((v) => v)) {
        await tx.insert(TipsterContactEntity, { tipId: tip.id, contactEncrypted: JSON.stringify(contact) });
        await this.audit.record({ actorId: user.userId, action: 'STORE_TIPSTER_CONTACT', subjectType: 'tip', subjectId: tip.id }, tx);
      }
      return tip;
    });
  }
}
