import { Body, Controller, Get, Param, ParseIntPipe, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Auth } from '../../common/auth/auth.decorator';
import { Role } from '../../domain/role';
import { CalendarService } from './calendar.service';
import { CalendarCoverageDto } from './dto/calendar-coverage.dto';
import { HolidayDto } from './dto/holiday.dto';
import { PublishYearDto } from './dto/publish-year.dto';

@ApiTags('calendar')
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get('holidays')
  @Auth()
  @ApiOkResponse({ type: [HolidayDto], description: 'Public holidays that deadlines skip or roll over' })
  list(): Promise<HolidayDto[]> {
    return this.calendar.list();
  }

  @Put('holidays')
  @Auth(Role.ADMIN)
  @ApiOkResponse({ type: HolidayDto })
  put(@Body() body: HolidayDto): Promise<HolidayDto> {
    return this.calendar.put(body);
  }

  @Get('years')
  @Auth()
  @ApiOkResponse({ type: CalendarCoverageDto, description: 'Published years, years a deadline may reach without data, tasks flagged' })
  coverage(): Promise<CalendarCoverageDto> {
    return this.calendar.coverage();
  }

  @Put('years/:year')
  @Auth(Role.ADMIN)
  publishYear(@Param('year', ParseIntPipe) year: number, @Body() body: PublishYearDto) {
    return this.calendar.publishYear(year, body.note);
  }
}
