import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CaseEntity } from '../case.entity';

/** A case in a list: its header and how many of its tasks are open and overdue (GET /cases/{reference} for the rest). */
export class CaseSummaryDto {
  @ApiProperty() caseId: string;
  @ApiProperty({ example: 'CASE-20261128-4HT9QA' }) reference: string;
  @ApiProperty({ enum: ['OPEN', 'CLOSED'] }) status: string;
  @ApiPropertyOptional({ nullable: true, type: Object, example: { article: 150, clause: 2 } }) charge: { article: number; clause: number } | null;
  @ApiPropertyOptional({ nullable: true, enum: ['VERY_SERIOUS', 'ESPECIALLY_SERIOUS'] }) severity: string | null;
  @ApiProperty() openedAt: string;
  @ApiPropertyOptional({ nullable: true, type: String }) closedAt: string | null;
  @ApiProperty({ description: 'Open (OPEN or CLAIMED) tasks across its processes' }) openTasks: number;
  @ApiProperty({
    description: 'Open tasks past their deadline with their clock running, as GET /tasks?dueState=OVERDUE has them (a paused one is not overdue)',
  })
  overdueTasks: number;

  static fromRow(c: CaseEntity, openTasks: number, overdueTasks: number): CaseSummaryDto {
    return Object.assign(new CaseSummaryDto(), {
      caseId: c.id,
      reference: c.reference,
      status: c.status,
      charge: c.chargeArticle !== null && c.chargeClause !== null ? { article: c.chargeArticle, clause: c.chargeClause } : null,
      severity: c.severity,
      openedAt: c.openedAt.toISOString(),
      closedAt: c.closedAt?.toISOString() ?? null,
      openTasks,
      overdueTasks,
    });
  }
}
