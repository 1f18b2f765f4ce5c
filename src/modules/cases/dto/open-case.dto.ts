import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { ChargeDto } from './charge.dto';

/** A case opened directly (e.g. a victim handed over at the border without any tip). */
export class OpenCaseDto {
  @ApiPropertyOptional({ type: ChargeDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ChargeDto)
  charge?: ChargeDto;
}
