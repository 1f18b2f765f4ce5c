import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CaseView, ChildProcess } from '../../../../workflows/case/types';
import { TimelineEventDto } from '../../processes/process.dto';
import { timelineEntry } from '../../records/timeline-entry';
import { CaseRecordDto } from './case-record.dto';
import { CaseTipDto } from './case-tip.dto';
import { toIso } from '../../../common/to-iso';
import type { Actor } from '../../../domain/actor';
import { allowedCaseActions } from '../../../domain/case/allowed-case-actions';
import { CaseAction } from '../../../domain/case/case-action';

export class ChildProcessDto {
  @ApiProperty() processId: string;
  @ApiProperty({ enum: ['RESCUE', 'RECEPTION', 'PROSECUTION'] }) kind: string;
  @ApiProperty({ enum: ['RUNNING', 'COMPLETED', 'CANCELLED', 'FAILED'] }) status: string;
  @ApiProperty() startedAt: string;
  @ApiPropertyOptional({ nullable: true, type: String }) closedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) outcome: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Catalogue version pinned when the process was accepted' })
  catalogueVersion?: number | null;
  @ApiPropertyOptional({ type: Number, description: 'Its open tasks past their deadline (in GET /cases/{reference})' })
  overdueTasks?: number;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: "A reception's person: pseudonymous label (e.g. R1-V2), never a name",
    example: 'R1-V2',
  })
  personLabel?: string | null;
  @ApiPropertyOptional({ nullable: true, type: Boolean, description: "A reception's person is a child" })
  child?: boolean | null;

  static from(c: ChildProcess): ChildProcessDto {
    return Object.assign(new ChildProcessDto(), { ...c, startedAt: toIso(c.startedAt)!, closedAt: toIso(c.closedAt) });
  }
}

export class CaseTimelineEventDto extends TimelineEventDto {
  @ApiPropertyOptional({ description: 'The step the entry concerns (its task’s), in GET /cases/{reference}', example: 'PLAN' }) stepType?: string;
  @ApiPropertyOptional({ example: 'Lập kế hoạch giải cứu' }) stepTitleVi?: string;
  @ApiPropertyOptional({ example: 'Plan the rescue' }) stepTitleEn?: string;
  @ApiPropertyOptional({ description: 'The agency of that step’s task (GET /agencies names it)', example: 'CA_TINH_CSHS' }) agencyCode?: string;
  @ApiPropertyOptional({ description: 'Display name of who acted, where this reader may see it' }) actorName?: string;
}

export class CaseDto {
  @ApiProperty() caseId: string;
  @ApiProperty() reference: string;
  @ApiProperty({ enum: ['OPEN', 'CLOSED'] }) status: string;
  @ApiPropertyOptional({ nullable: true, type: Object }) charge: { article: number; clause: number } | null;
  @ApiPropertyOptional({ nullable: true, enum: ['VERY_SERIOUS', 'ESPECIALLY_SERIOUS'] }) severity: string | null;
  @ApiProperty({ type: [String] }) tipIds: string[];
  @ApiProperty({ type: [ChildProcessDto] }) processes: ChildProcessDto[];
  @ApiProperty({ type: [CaseTimelineEventDto], description: 'The case’s and all its processes’ events, in time order' })
  timeline: CaseTimelineEventDto[];
  @ApiPropertyOptional({ type: [CaseTipDto], description: 'In GET /cases/{reference}: its tips this reader may read, the origin first' })
  tips?: CaseTipDto[];
  @ApiPropertyOptional({
    type: [CaseRecordDto],
    description:
      'In GET /cases/{reference}: the steps done across its processes and tip verifications, in the order done, with what this reader may see',
  })
  records?: CaseRecordDto[];
  @ApiProperty({
    enum: CaseAction,
    enumName: 'CaseAction',
    isArray: true,
    description: 'What the caller may do on this case now, by the rules the case applies to each action; the request itself is still judged',
  })
  allowedActions: CaseAction[];

  static from(view: CaseView, caseProcessId: string, reader: Actor, childTimelines: CaseTimelineEventDto[] = []): CaseDto {
    const own = view.timeline.map((e) => timelineEntry(e, caseProcessId));
    return Object.assign(new CaseDto(), {
      caseId: view.caseId,
      reference: view.caseReference,
      status: view.status,
      charge: view.charge,
      severity: view.severity,
      tipIds: view.tipIds,
      processes: view.children.map(ChildProcessDto.from),
      allowedActions: allowedCaseActions(view, reader),
      timeline: [...own, ...childTimelines].sort((a, b) => a.at.localeCompare(b.at)),
    });
  }
}
