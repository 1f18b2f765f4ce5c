import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth } from '../../common/auth/auth.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { NotificationDto } from './notification.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @ApiOperation({ summary: 'Notifications (reminders, escalations) addressed to the caller' })
  @Get()
  @Auth()
  @ApiOkResponse({ type: [NotificationDto], description: "Your agency's notifications, newest first" })
  async list(@CurrentUser() user: AuthUser): Promise<NotificationDto[]> {
    return (await this.notifications.listForAgency(user.agencyCode)).map(NotificationDto.from);
  }
}
