import { OmitType } from '@nestjs/swagger';
import { ListTasksQueryDto } from './list-tasks-query.dto';

/** The filters of `GET /tasks`, without its pages (a summary counts all of them) or the approver's queue. */
export class TaskSummaryQueryDto extends OmitType(ListTasksQueryDto, ['limit', 'cursor', 'extensionPending'] as const) {}
