import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Auth } from '../../common/auth/auth.decorator';
import { Role } from '../../domain/role';
import { CalendarService } from './calendar.service';
import { HolidayDto } from './dto/holiday.dto';

@ApiTags('calendar')
@Controller('calendar/holidays')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get()
  @Auth()
  @ApiOkResponse({ type: [HolidayDto], description: 'Public holidays that deadlines skip or roll over' })
  list(): Promise<HolidayDto[]> {
    return this.calendar.list();
  }

  @Put()
  @Auth(Role.ADMIN)
  @ApiOkResponse({ type: HolidayDto })
  put(@Body() body: HolidayDto): Promise<HolidayDto> {
    return this.calendar.put(body);
  }
}
