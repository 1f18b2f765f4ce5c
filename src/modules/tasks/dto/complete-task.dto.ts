import { ApiProperty } from '@nestjs/swagger';
import { IsObject } from 'class-validator';

export class CompleteTaskDto {
  @ApiProperty({ type: 'object', additionalProperties: true, description: "The step's outcome; its fields depend on the step type (see GET /steps)" })
  @IsObject()
  outcome: Record<string, unknown>;
}
