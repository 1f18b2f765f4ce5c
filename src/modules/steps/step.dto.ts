import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Role } from '../../domain/role';

export class LocalizedTextDto {
  @ApiProperty({ example: 'Kiểm tra, xác minh và giải quyết tin báo' }) vi: string;
  @ApiProperty({ example: 'Verify and resolve the tip' }) en: string;
}

export class DurationDto {
  @ApiProperty({ example: 20 }) amount: number;
  @ApiProperty({ enum: ['seconds', 'minutes', 'hours', 'days', 'workingDays', 'months'], example: 'days' }) unit: string;
}

/** One catalogue entry a step's deadline may come from, as the catalogue in force has it. */
export class StepDeadlineDto {
  @ApiProperty({ example: 'TIP_VERIFY' }) key: string;
  @ApiProperty({ type: LocalizedTextDto }) title: LocalizedTextDto;
  @ApiProperty({ type: DurationDto }) duration: DurationDto;
  @ApiProperty({ enum: ['LAW', 'POLICY'] }) nature: string;
  @ApiProperty({ enum: ['TEXT', 'SECOND_HAND', 'UNVERIFIED', 'POLICY'] }) confidence: string;
  @ApiProperty({ example: 'BLTTHS 2015 art. 147(1)' }) legalBasis: string;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: 'Khoản 1 Điều 147 Bộ luật Tố tụng hình sự 2015',
    description: 'The legal basis in Vietnamese ("Khoản 1 Điều 147 Bộ luật Tố tụng hình sự 2015"); null when no rendering is known: show legalBasis',
  })
  legalBasisVi: string | null;
  @ApiProperty({ enum: ['ART_134', 'PLAIN'], description: 'How the period is counted (art. 134: to 24:00 local of the last day)' })
  counting: string;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'Extension tiers, as in GET /catalogue, each with legalBasisVi beside its legalBasis',
  })
  extension: Record<string, unknown> | null;
}

export class StepDto {
  @ApiProperty({ example: 'TIP_VERIFY' }) stepType: string;
  @ApiProperty({ enum: ['TIP_VERIFICATION', 'RESCUE', 'RECEPTION', 'PROSECUTION'], example: 'TIP_VERIFICATION' }) process: string;
  @ApiProperty({ type: LocalizedTextDto }) title: LocalizedTextDto;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'CA_TINH_CSDT', description: 'Null when the case decides (a commune)' })
  defaultAgencyCode: string | null;
  @ApiPropertyOptional({ type: LocalizedTextDto, nullable: true, description: 'How the agency is chosen when the case decides' })
  agencyNote: LocalizedTextDto | null;
  @ApiProperty({ enum: Role, isArray: true, description: 'Roles within the assigned agency that may complete it' }) completerRoles: Role[];
  @ApiProperty({ description: 'Parallel tasks that each agency signs off separately (a joint operation)' }) jointSignOff: boolean;
  @ApiProperty({
    type: [StepDeadlineDto],
    description: 'The catalogue entries that time it: one, or one per severity (art. 172, 240, 277) or per returner (art. 174)',
  })
  deadlines: StepDeadlineDto[];
  @ApiProperty({ example: 3, description: 'The catalogue version the deadlines come from (the one in force)' }) catalogueVersion: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'JSON Schema (draft 2020-12) of the outcome POST /tasks/{id}/complete takes for this step',
    example: {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      properties: { decision: { enum: ['CONFIRMED', 'UNFOUNDED', 'SUSPENDED'] } },
      required: ['decision'],
      additionalProperties: false,
    },
  })
  outcomeSchema: Record<string, unknown>;
}
