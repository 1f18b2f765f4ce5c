import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { HolidayDto } from './dto/holiday.dto';
import { PublicHolidayEntity } from './public-holiday.entity';

@Injectable()
export class CalendarService {
  constructor(@InjectRepository(PublicHolidayEntity) private readonly holidays: Repository<PublicHolidayEntity>) {}

  list(): Promise<PublicHolidayEntity[]> {
    return this.holidays.find({ order: { date: 'ASC' } });
  }

  async holidayDates(): Promise<string[]> {
    return (await this.list()).map((h) => h.date);
  }

  /** Adds or renames a holiday; processes started afterwards count with it. */
  async put(dto: HolidayDto): Promise<PublicHolidayEntity> {
    await this.holidays.upsert(dto, ['date']);
    return this.holidays.findOneByOrFail({ date: dto.date });
  }
}
