import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { legalBasisVi } from '../../../domain/legal-basis-vi';
import { STEP_DEFINITIONS } from '../../../domain/step-definitions';
import type { ExtensionState, TaskState } from '../../../domain/task-state';
import { TaskStatus } from '../../../domain/task-status';
import { TaskEntity } from '../task.entity';
import { toIso } from '../../../common/to-iso';
import { ExtensionAllowanceDto } from './extension-allowance.dto';
import { ExtensionDto } from './extension.dto';
import { extensionDeciderOf } from '../../../domain/extension-decider';
import { SuspensionGroundDto } from './suspension-ground.dto';
import { groundAllowsNow } from '../../../domain/suspension/check-suspension';
import { RESTORING_STEPS, SUSPENDABLE_STEPS } from '../../../domain/suspension/suspension-grounds';
import { toLocalIso } from '../../../common/to-local-iso';
import { DUE_STATES, type DueState } from '../../../domain/due-state/due-state';
import { dueStateOf } from '../../../domain/due-state/due-state-of';
import { TaskAction } from '../../../domain/access/task-action';

export class TaskDto {
  @ApiProperty() id: string;
  @ApiProperty() processId: string;
  @ApiProperty() processType: string;
  @ApiPropertyOptional({ nullable: true, type: String }) caseId: string | null;
  @ApiProperty() stepType: string;
  @ApiProperty() titleVi: string;
  @ApiProperty() titleEn: string;
  @ApiProperty() agencyCode: string;
  @ApiPropertyOptional({ nullable: true, type: String }) assigneeId: string | null;
  @ApiProperty({ enum: TaskStatus }) status: TaskStatus;
  @ApiProperty() createdAt: string;
  @ApiProperty({ description: 'When the legal period started (e.g. the tip was received); may precede createdAt' }) startsAt: string;
  @ApiProperty({ example: '2026-11-18T10:00:00+07:00', description: 'startsAt in the province’s local time (UTC+7)' }) startsAtLocal: string;
  @ApiProperty({ example: '2026-12-08T17:00:00.000Z' }) dueAt: string;
  @ApiProperty({ example: '2026-12-09T00:00:00+07:00', description: 'dueAt in the province’s local time (UTC+7)' }) dueAtLocal: string;
  @ApiProperty({ description: 'Still open after its deadline (dueState OVERDUE)' }) overdue: boolean;
  @ApiPropertyOptional({
    nullable: true,
    enum: DUE_STATES,
    description: 'Where an open task stands: ON_TIME, AT_RISK (from the reminder point), OVERDUE, PAUSED (internally paused); null once closed',
  })
  dueState: DueState | null;
  @ApiProperty() escalationLevel: number;
  @ApiProperty() deadlineKey: string;
  @ApiProperty({ description: 'As the catalogue states it (English)' }) legalBasis: string;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'The legal basis in Vietnamese ("Khoản 1 Điều 147 Bộ luật Tố tụng hình sự 2015"); null when no rendering is known: show legalBasis',
  })
  legalBasisVi: string | null;
  @ApiProperty({ enum: ['LAW', 'POLICY'] }) deadlineNature: string;
  @ApiProperty({ type: [ExtensionDto] }) extensions: ExtensionDto[];
  @ApiPropertyOptional({ type: 'object', nullable: true, additionalProperties: true }) outcome: Record<string, unknown> | null;
  @ApiPropertyOptional({ nullable: true, type: String }) completedBy: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) completedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Counterpart outside the system whose reply our officer records' })
  externalPartyCode: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Set while the clock is stopped (an internal pause of a POLICY period)' })
  suspendedAt: string | null;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'Set during an internal pause (tạm dừng nội bộ): recorded for reporting, it never moves a LAW due date',
  })
  internalPauseSince: string | null;
  @ApiProperty({
    type: [SuspensionGroundDto],
    description: 'The grounds on which the law lets this open step be suspended (tạm đình chỉ); empty when it has none',
  })
  suspensionGrounds: SuspensionGroundDto[];
  @ApiProperty({ description: 'The open review of a suspended process: its agency head may decide its restoration (phục hồi, art. 149)' })
  restorable: boolean;
  @ApiPropertyOptional({ nullable: true, type: String }) cancelReason: string | null;
  @ApiPropertyOptional({
    nullable: true,
    enum: ['TEXT', 'SECOND_HAND', 'UNVERIFIED', 'POLICY'],
    description: 'How sure the period is: the legal text read, a reliable paraphrase, not found in law (configurable), or policy',
  })
  confidence: string | null;
  @ApiProperty({ description: 'The period reaches a year whose public holidays are not published: a day off may be missing' })
  calendarIncomplete: boolean;
  @ApiPropertyOptional({
    type: ExtensionAllowanceDto,
    nullable: true,
    description:
      'GET /tasks/{id} of an open task (its own agency and coordinators) and GET /tasks?extensionPending=true: what the law still allows its deadline',
  })
  extensionAllowance?: ExtensionAllowanceDto | null;
  @ApiProperty({
    enum: TaskAction,
    enumName: 'TaskAction',
    isArray: true,
    description: 'What the caller may do on this task now, by the rules the server applies to each action; the request itself is still judged',
  })
  allowedActions: TaskAction[];

  static fromEntity(t: TaskEntity, now = Date.now()): TaskDto {
    return TaskDto.build(
      {
        ...t,
        deadlineNature: t.deadlineNature as TaskState['deadlineNature'],
        createdAt: t.createdAt.getTime(),
        startsAt: t.startsAt.getTime(),
        dueAt: t.dueAt.getTime(),
        completedAt: t.completedAt?.getTime() ?? null,
        suspendedAt: t.suspendedAt?.getTime() ?? null,
        internalPauseSince: t.internalPauseSince?.getTime() ?? null,
        confidence: (t.confidence ?? undefined) as TaskState['confidence'],
      },
      t.id,
      now,
    );
  }

  static fromState(t: TaskState, now = Date.now()): TaskDto {
    return TaskDto.build(t, t.taskId, now);
  }

  private static build(
    t: Omit<TaskState, 'taskId' | 'reminderSent' | 'revision' | 'pausedMs'> & { extensions: ExtensionState[] },
    id: string,
    now: number,
  ): TaskDto {
    const step = STEP_DEFINITIONS[t.stepType];
    const active = t.status === TaskStatus.OPEN || t.status === TaskStatus.CLAIMED;
    const open = active && !t.suspendedAt;
    return Object.assign(new TaskDto(), {
      id,
      processId: t.processId,
      processType: t.processType,
      caseId: t.caseId,
      stepType: t.stepType,
      titleVi: step?.title.vi ?? t.stepType,
      titleEn: step?.title.en ?? t.stepType,
      agencyCode: t.agencyCode,
      assigneeId: t.assigneeId,
      status: t.status,
      createdAt: toIso(t.createdAt)!,
      startsAt: toIso(t.startsAt ?? t.createdAt)!,
      startsAtLocal: toLocalIso(t.startsAt ?? t.createdAt)!,
      dueAt: toIso(t.dueAt)!,
      dueAtLocal: toLocalIso(t.dueAt)!,
      overdue: open && t.dueAt < now,
      dueState: active
        ? dueStateOf({ createdAt: t.createdAt, dueAt: t.dueAt, suspendedAt: t.suspendedAt, internalPauseSince: t.internalPauseSince ?? null }, now)
        : null,
      escalationLevel: t.escalationLevel,
      deadlineKey: t.deadlineKey,
      legalBasis: t.legalBasis,
      legalBasisVi: legalBasisVi(t.legalBasis),
      deadlineNature: t.deadlineNature,
      extensions: t.extensions.map((e) => ({
        ...e,
        requestedAt: toIso(e.requestedAt),
        previousDueAt: toIso(e.previousDueAt),
        requestedDueAt: toIso(e.requestedDueAt),
        decidedAt: toIso(e.decidedAt),
        decider: extensionDeciderOf(t, e),
        // Filled in for the caller with the task's own.
        allowedActions: [],
      })),
      outcome: t.outcome,
      completedBy: t.completedBy,
      completedAt: toIso(t.completedAt),
      externalPartyCode: t.externalPartyCode ?? null,
      suspendedAt: toIso(t.suspendedAt),
      internalPauseSince: toIso(t.internalPauseSince ?? null),
      suspensionGrounds: open ? suspensionGrounds(t, now) : [],
      restorable: open && RESTORING_STEPS.has(t.stepType),
      cancelReason: t.cancelReason ?? null,
      confidence: t.confidence ?? null,
      calendarIncomplete: t.calendarIncomplete ?? false,
      // Filled in for the caller by the service that answers them.
      allowedActions: [],
    });
  }
}

function suspensionGrounds(t: Pick<TaskState, 'stepType' | 'dueAt'>, now: number): SuspensionGroundDto[] {
  return (SUSPENDABLE_STEPS[t.stepType]?.grounds ?? []).map((g) => ({
    code: g.code,
    labelVi: g.label.vi,
    labelEn: g.label.en,
    articleVi: g.article.vi,
    articleEn: g.article.en,
    beforePeriodEnd: g.beforePeriodEnd,
    allowedNow: groundAllowsNow(g, t, now),
  }));
}
