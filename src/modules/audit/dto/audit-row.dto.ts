import { ApiProperty } from '@nestjs/swagger';
import { AuditLogEntity } from '../audit-log.entity';

/** One audit row as the auditor reads it, with its place in the chain. */
export class AuditRowDto {
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Position in the hash chain (1, 2, 3, … without gaps); null for the moment before it is chained',
  })
  sequence: number | null;
  @ApiProperty() id: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ nullable: true, type: String }) actorId: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Username of the actor, when the row has one' }) actorUsername: string | null;
  @ApiProperty({ example: 'ROLE_GRANTED' }) action: string;
  @ApiProperty({ example: 'USER' }) subjectType: string;
  @ApiProperty() subjectId: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) detail: Record<string, unknown>;
  @ApiProperty({ description: 'Flagged for the auditor (a role grant asked, approved or rejected)' }) alert: boolean;
  @ApiProperty({ nullable: true, type: String, description: 'SHA-256 of the row and the previous hash; null until chained' }) hash: string | null;

  static from(row: AuditLogEntity, actorUsername: string | null): AuditRowDto {
    return Object.assign(new AuditRowDto(), {
      sequence: row.sequence,
      id: row.id,
      at: row.at.toISOString(),
      actorId: row.actorId,
      actorUsername,
      action: row.action,
      subjectType: row.subjectType,
      subjectId: row.subjectId,
      detail: row.detail,
      alert: row.detail?.alert === true,
      hash: row.hash,
    });
  }
}
