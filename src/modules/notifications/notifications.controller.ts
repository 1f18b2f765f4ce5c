import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth } from '../../common/auth/auth.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Page } from '../../common/pagination/page';
import { Paginated } from '../../common/pagination/paginated.decorator';
import { ListNotificationsQueryDto } from './list-notifications-query.dto';
import { NotificationDto } from './notification.dto';
import { NotificationListService } from './notification-list.service';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationListService) {}

  @ApiOperation({ summary: 'Notifications (reminders, escalations) addressed to the caller' })
  @Get()
  @Auth()
  @Paginated(NotificationDto, 'Addressed to you, or to your agency (and a role you hold there), newest first')
  list(@CurrentUser() user: AuthUser, @Query() query: ListNotificationsQueryDto): Promise<Page<NotificationDto>> {
    return this.notifications.list(user, query);
  }
}
