import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TaskDto } from './task.dto';
import { WorkSubjectDto } from './work-subject.dto';

/** A task in a list (and GET /tasks/{id}): the task, its case's reference and what it is about, so a row can say it and link to it. */
export class TaskListItemDto extends TaskDto {
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: 'CASE-20261128-4HT9QA',
    description: 'The task’s case, or the case its tip opened; null while its tip has no case',
  })
  caseReference: string | null;

  @ApiProperty({ type: WorkSubjectDto, description: 'What the task is about, cut to what the caller may see' })
  subject: WorkSubjectDto;
}
