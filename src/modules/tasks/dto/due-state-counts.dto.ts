import { ApiProperty } from '@nestjs/swagger';

/** Open tasks by due state; each number is the `X-Total-Count` of the list with `dueState=` that state. */
export class DueStateCountsDto {
  @ApiProperty({ description: 'Open tasks (the four below together)' }) open: number;
  @ApiProperty() onTime: number;
  @ApiProperty() atRisk: number;
  @ApiProperty() overdue: number;
  @ApiProperty({ description: 'Internally paused (tạm dừng nội bộ)' }) paused: number;
  @ApiProperty({ description: 'Open tasks escalated at least once (`escalated=true`)' }) escalated: number;
}
