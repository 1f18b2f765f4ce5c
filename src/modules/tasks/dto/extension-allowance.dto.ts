import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DURATION_UNITS } from '../../../domain/duration';
import type { ExtensionAllowance } from '../../../domain/extension-allowance';
import { legalBasisVi } from '../../../domain/legal-basis-vi';
import { toIso } from '../../../common/to-iso';
import { toLocalIso } from '../../../common/to-local-iso';

export class DurationDto {
  @ApiProperty({ example: 2 }) amount: number;
  @ApiProperty({ enum: DURATION_UNITS, example: 'months' }) unit: string;
}

export class NextExtensionTierDto {
  @ApiProperty({ description: 'The law that empowers this tier, as the catalogue states it (English)' }) legalBasis: string;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'The legal basis in Vietnamese ("Khoản 1 Điều 147 Bộ luật Tố tụng hình sự 2015"); null when no rendering is known: show legalBasis',
  })
  legalBasisVi: string | null;
  @ApiPropertyOptional({ type: DurationDto, nullable: true, description: 'The longest single extension, where the law bounds it' })
  maxPerExtension: DurationDto | null;
  @ApiProperty({ description: 'The latest the whole period may reach under this tier' }) reachAt: string;
  @ApiProperty({ example: '2027-01-03T00:00:00+07:00' }) reachAtLocal: string;
  @ApiProperty({
    description:
      'The latest date this extension can reach: the longest single extension from the current deadline, rolled over a day off (art. 134), within reachAt',
  })
  latestThisExtensionAt: string;
  @ApiProperty({ example: '2027-01-04T00:00:00+07:00' }) latestThisExtensionAtLocal: string;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Extensions this tier may grant' }) maxCount: number | null;
  @ApiProperty({ description: 'Extensions this tier granted' }) used: number;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The last moment a request is on time (lead time before the deadline)' })
  requestBy: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) requestByLocal: string | null;
  @ApiProperty({ description: 'The agency whose head decides' }) approverAgencyCode: string;
  @ApiProperty({ type: [String] }) approverRoles: string[];
}

/** What the law still allows a task's deadline, from the catalogue version its process runs under. */
export class ExtensionAllowanceDto {
  @ApiProperty({ description: 'Extensions allowed in all' }) maxCount: number;
  @ApiProperty({ description: 'Extensions granted so far' }) used: number;
  @ApiProperty({ description: 'A request is waiting for a decision (only one at a time)' }) pending: boolean;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The furthest the period may ever reach' }) ceilingAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) ceilingAtLocal: string | null;
  @ApiPropertyOptional({ type: NextExtensionTierDto, nullable: true, description: 'null: nothing is left to ask for' })
  next: NextExtensionTierDto | null;

  static from(a: ExtensionAllowance): ExtensionAllowanceDto {
    return {
      maxCount: a.maxCount,
      used: a.used,
      pending: a.pending,
      ceilingAt: toIso(a.ceilingAt),
      ceilingAtLocal: toLocalIso(a.ceilingAt),
      next: a.next && {
        ...a.next,
        legalBasisVi: legalBasisVi(a.next.legalBasis),
        reachAt: toIso(a.next.reachAt)!,
        reachAtLocal: toLocalIso(a.next.reachAt)!,
        latestThisExtensionAt: toIso(a.next.latestThisExtensionAt)!,
        latestThisExtensionAtLocal: toLocalIso(a.next.latestThisExtensionAt)!,
        requestBy: toIso(a.next.requestBy),
        requestByLocal: toLocalIso(a.next.requestBy),
      },
    };
  }
}
