import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppException } from '../../common/app-exception';
import { ErrorCode } from '../../domain/error-code';
import { AuditService } from '../audit/audit.service';
import { TaskRecordsRepository } from '../records/task-records.repository';
import { CalendarYearEntity } from './calendar-year.entity';
import { CalendarCoverageDto } from './dto/calendar-coverage.dto';
import { HolidayDto } from './dto/holiday.dto';
import { PublicHolidayEntity } from './public-holiday.entity';

/** A deadline can reach this many years past the current one (16 months of investigation, then trial). */
const YEARS_AHEAD = 2;

@Injectable()
export class CalendarService {
  constructor(
    @InjectRepository(PublicHolidayEntity) private readonly holidays: Repository<PublicHolidayEntity>,
    @InjectRepository(CalendarYearEntity) private readonly years: Repository<CalendarYearEntity>,
    private readonly audit: AuditService,
    private readonly tasks: TaskRecordsRepository,
  ) {}

  list(): Promise<PublicHolidayEntity[]> {
    return this.holidays.find({ order: { date: 'ASC' } });
  }

  async holidayDates(): Promise<string[]> {
    return (await this.list()).map((h) => h.date);
  }

  async publishedYears(): Promise<number[]> {
    return (await this.years.find({ order: { year: 'ASC' } })).map((y) => y.year);
  }

  /** Adds or renames a holiday; processes started afterwards count with it. */
  async put(dto: HolidayDto, actorId: string): Promise<PublicHolidayEntity> {
    await this.holidays.upsert(dto, ['date']);
    await this.audit.record({ actorId, action: 'HOLIDAY_SET', subjectType: 'CALENDAR', subjectId: dto.date, detail: { ...dto } });
    return this.holidays.findOneByOrFail({ date: dto.date });
  }

  /** Declares a year's holidays complete; only a year with holidays entered can be published. */
  async publishYear(year: number, note: string, actorId: string): Promise<CalendarYearEntity> {
    const [{ count }] = await this.holidays.query(`SELECT COUNT(*)::int AS count FROM public_holidays WHERE date BETWEEN $1 AND $2`, [
      `${year}-01-01`,
      `${year}-12-31`,
    ]);
    if (count === 0)
      throw new AppException(ErrorCode.CALENDAR_INCOMPLETE, `No public holidays are entered for ${year}: enter them before publishing the year`);
    await this.years.upsert({ year, note, publishedAt: new Date() }, ['year']);
    await this.audit.record({
      actorId,
      action: 'CALENDAR_YEAR_PUBLISHED',
      subjectType: 'CALENDAR',
      subjectId: String(year),
      detail: { note, holidays: count },
    });
    return this.years.findOneByOrFail({ year });
  }

  async coverage(now = Date.now()): Promise<CalendarCoverageDto> {
    const publishedYears = await this.publishedYears();
    const thisYear = new Date(now + 7 * 3_600_000).getUTCFullYear();
    const missingYears = Array.from({ length: YEARS_AHEAD + 1 }, (_, i) => thisYear + i).filter((y) => !publishedYears.includes(y));
    return { publishedYears, missingYears, tasksWithIncompleteCalendar: await this.tasks.openCountWithIncompleteCalendar() };
  }
}
