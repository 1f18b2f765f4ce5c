import { ApiProperty } from '@nestjs/swagger';
import { TIP_CHANNELS } from '../../tips/tip-channel';

/** A tip of the case as its reader may see it: only tips this reader may open on the tip page are listed. */
export class CaseTipDto {
  @ApiProperty({ example: 'TIP-20261128-7KQ2XM', description: 'The tip page is /tip/<reference>' }) reference: string;
  @ApiProperty({ description: 'Its verification process (timeline entries and records name it)' }) processId: string;
  @ApiProperty({ description: 'The tip that opened the case (others were attached to it later)' }) origin: boolean;
  @ApiProperty() summary: string;
  @ApiProperty({ description: 'Where it happened, as reported' }) location: string;
  @ApiProperty({ enum: TIP_CHANNELS, example: 'HOTLINE_111' }) channel: string;
  @ApiProperty({ example: '2026-11-28T01:00:00.000Z' }) receivedAt: string;
  @ApiProperty({ example: '2026-11-28T08:00:00+07:00', description: 'receivedAt in the province’s local time (UTC+7)' }) receivedAtLocal: string;
}
