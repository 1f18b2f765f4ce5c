import { WorkSubjectDto } from '../tasks/dto/work-subject.dto';
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
  @ApiPropertyOptional({
    type: WorkSubjectDto,
    nullable: true,
    description: 'What its task is about (null without a task), cut to what the caller may see',
  })
  subject?: WorkSubjectDto | null;

  static from(n: NotificationEntity): NotificationDto {
    return Object.assign(new NotificationDto(), { ...n, createdAt: n.createdAt.toISOString(), deliveredAt: undefined });
  }
}
