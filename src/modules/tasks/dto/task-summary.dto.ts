import { ApiProperty } from '@nestjs/swagger';
import { DueStateCountsDto } from './due-state-counts.dto';
import { OpenWorkRowDto } from './open-work-row.dto';

/** `GET /tasks/summary`: the tasks `GET /tasks` lists for the same filters, counted over all rows by the server. */
export class TaskSummaryDto {
  @ApiProperty({ description: 'When the counts were taken' }) computedAt: string;
  @ApiProperty({ description: 'Tasks matching the filters, open or not (the list’s X-Total-Count)' }) total: number;
  @ApiProperty({ type: DueStateCountsDto }) all: DueStateCountsDto;
  @ApiProperty({ type: [OpenWorkRowDto], description: 'Per process kind, most overdue first' }) byProcess: OpenWorkRowDto[];
  @ApiProperty({ type: [OpenWorkRowDto], description: 'Per agency, most overdue first' }) byAgency: OpenWorkRowDto[];
}
