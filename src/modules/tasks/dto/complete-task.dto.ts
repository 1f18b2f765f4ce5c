import { ApiProperty } from '@nestjs/swagger';
import { IsObject } from 'class-validator';

export class CompleteTaskDto {
  @ApiProperty({
    example: { decision: 'CONFIRMED', findings: 'Two women held at the compound, confirmed by the border post' },
    type: 'object',
    additionalProperties: true,
    description: "The step's outcome; its fields depend on the step type (see GET /steps)",
  })
  @IsObject()
  outcome: Record<string, unknown>;
}
