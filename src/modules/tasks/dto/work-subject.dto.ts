import { ApiPropertyOptional } from '@nestjs/swagger';
import type { WorkSubject } from '../../../domain/subject/work-subject';

/** What a task, approval, escalation or notification is about, as far as the caller may see (docs/access.md). */
export class WorkSubjectDto implements WorkSubject {
  @ApiPropertyOptional({ nullable: true, type: String, example: 'CASE-20261128-4HT9QA', description: 'The case, or the case its tip opened' })
  caseReference: string | null;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: 'TIP-20261128-7KQ2XM',
    description: 'The tip (its own verification, or the case’s origin tip); null for a reader who may not read the tip',
  })
  tipReference: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The tip’s summary on one line, shortened; null like tipReference' })
  summary: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The tip’s place; null like tipReference' })
  place: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'R1-V2', description: 'A reception’s person: pseudonymous label, never a name' })
  personLabel: string | null;
  @ApiPropertyOptional({ nullable: true, type: Boolean, description: 'A reception’s person is a child' })
  child: boolean | null;
}
