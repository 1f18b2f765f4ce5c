import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { RestorationDecisionDto } from './restoration-decision.dto';

/** Tạm đình chỉ: a decision on one of the grounds the article lists (GET /tasks/{id} gives the task's grounds). */
export class SuspensionDecisionDto extends RestorationDecisionDto {
  @ApiProperty({ example: 'TIP_MUTUAL_LEGAL_ASSISTANCE_PENDING', description: 'A ground of BLTTHS art. 148(1) (a tip) or 229(1) (an investigation)' })
  @IsString()
  @Matches(/^[A-Z_]{3,64}$/, { message: 'groundCode must be one of the task’s suspensionGrounds' })
  groundCode: string;
}
