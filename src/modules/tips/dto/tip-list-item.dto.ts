import { ApiPropertyOptional } from '@nestjs/swagger';
import { TipEntity } from '../tip.entity';
import { TipDto } from './tip.dto';

/** A tip in a list: the tip, and the reference of the case it opened or was attached to. */
export class TipListItemDto extends TipDto {
  @ApiPropertyOptional({ nullable: true, type: String, example: 'CASE-20261128-4HT9QA' }) caseReference: string | null;

  static fromRow(t: TipEntity, caseReference: string | null): TipListItemDto {
    return Object.assign(new TipListItemDto(), TipDto.from(t), { caseReference });
  }
}
