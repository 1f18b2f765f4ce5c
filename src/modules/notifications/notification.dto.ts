import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NotificationEntity } from './notification.entity';

export class NotificationDto {
  @ApiProperty() id: string;
  @ApiProperty() kind: string;
  @ApiProperty() agencyCode: string;
  @ApiPropertyOptional({ nullable: true, type: String }) recipientRole: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) recipientUserId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) taskId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) escalationId: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) payload: Record<string, unknown>;
  @ApiProperty() createdAt: string;

  static from(n: NotificationEntity): NotificationDto {
    return Object.assign(new NotificationDto(), { ...n, createdAt: n.createdAt.toISOString(), deliveredAt: undefined });
  }
}
