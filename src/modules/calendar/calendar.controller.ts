import { Body, Controller, Get, Param, ParseIntPipe, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth } from '../../common/auth/auth.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Role } from '../../domain/role';
import { CalendarService } from './calendar.service';
import { CalendarCoverageDto } from './dto/calendar-coverage.dto';
import { HolidayDto } from './dto/holiday.dto';
import { PublishYearDto } from './dto/publish-year.dto';

@ApiTags('calendar')
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @ApiOperation({ summary: 'List the public holidays deadlines skip' })
  @Get('holidays')
  @Auth()
  @ApiOkResponse({ type: [HolidayDto], description: 'Public holidays that deadlines skip or roll over' })
  list(): Promise<HolidayDto[]> {
    return this.calendar.list();
  }

  @ApiOperation({ summary: 'Add or replace one public holiday (administrators)' })
  @Put('holidays')
  @Auth(Role.ADMIN)
  @ApiOkResponse({ type: HolidayDto })
  put(@Body() body: HolidayDto, @CurrentUser() user: AuthUser): Promise<HolidayDto> {
    return this.calendar.put(body, user.userId);
  }

  @ApiOperation({ summary: 'Which years have a published holiday calendar' })
  @Get('years')
  @Auth()
  @ApiOkResponse({ type: CalendarCoverageDto, description: 'Published years, years a deadline may reach without data, tasks flagged' })
  coverage(): Promise<CalendarCoverageDto> {
    return this.calendar.coverage();
  }

  @ApiOperation({ summary: 'Publish the holiday calendar of a year (administrators)' })
  @Put('years/:year')
  @Auth(Role.ADMIN)
  @ApiOkResponse({
    schema: {
      type: 'object',
      properties: { year: { type: 'integer', example: 2027 }, note: { type: 'string' }, publishedAt: { type: 'string', format: 'date-time' } },
    },
  })
  publishYear(@Param('year', ParseIntPipe) year: number, @Body() body: PublishYearDto, @CurrentUser() user: AuthUser) {
    return this.calendar.publishYear(year, body.note, user.userId);
  }
}
