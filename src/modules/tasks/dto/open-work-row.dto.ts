import { ApiProperty } from '@nestjs/swagger';
import { DueStateCountsDto } from './due-state-counts.dto';

/** One process kind's or one agency's open work: its list is `GET /tasks` with `processKind=` or `agencyCode=` the key. */
export class OpenWorkRowDto extends DueStateCountsDto {
  @ApiProperty({ description: 'The process kind (processType) or the agency code' }) key: string;
}
