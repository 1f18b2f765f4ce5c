import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/pagination/page-query.dto';

export class ListNotificationsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'One kind, TASK_ASSIGNED, REMINDER, ESCALATION, EXTENSION_REQUESTED, EXTENSION_DECIDED, URGENT_RESCUE' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  kind?: string;
}
