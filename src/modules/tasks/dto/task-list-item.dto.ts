import { ApiPropertyOptional } from '@nestjs/swagger';
import { TaskDto } from './task.dto';

/** A task in a list: the task, and the reference of its case, so a list can open the case page. */
export class TaskListItemDto extends TaskDto {
  @ApiPropertyOptional({ nullable: true, type: String, example: 'CASE-20261128-4HT9QA', description: 'Null while its tip has no case' })
  caseReference: string | null;
}
