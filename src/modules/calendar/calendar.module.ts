import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RecordsModule } from '../records/records.module';
import { CalendarController } from './calendar.controller';
import { CalendarService } from './calendar.service';
import { CalendarYearEntity } from './calendar-year.entity';
import { PublicHolidayEntity } from './public-holiday.entity';

@Module({
  imports: [TypeOrmModule.forFeature([PublicHolidayEntity, CalendarYearEntity]), RecordsModule],
  controllers: [CalendarController],
  providers: [CalendarService],
  exports: [CalendarService],
})
export class CalendarModule {}
