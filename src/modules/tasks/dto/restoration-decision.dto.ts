import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';

/** A decision of the law's (quyết định): its number, the day it was signed and who signed it. */
export class RestorationDecisionDto {
  @ApiProperty({ example: '12/QĐ-CSHS', description: 'Number of the decision' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  decisionNumber: string;

  @ApiProperty({ example: '2026-12-07', description: 'The day the decision was signed (YYYY-MM-DD, province time), not after today' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'decidedOn must be a date (YYYY-MM-DD)' })
  decidedOn: string;

  @ApiProperty({ example: 'Thủ trưởng Cơ quan CSĐT Nguyễn Văn A', description: 'Who signed it (title and name)' })
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  signer: string;
}
