import { ApiProperty } from '@nestjs/swagger';

/** Which years the holiday calendar covers, and which years a running deadline may reach without data. */
export class CalendarCoverageDto {
  @ApiProperty({ type: [Number], description: 'Years whose public holidays are published' })
  publishedYears: number[];

  @ApiProperty({
    type: [Number],
    description:
      'Years from this one to the furthest a deadline can reach (an especially serious investigation: 16 months, plus margin) with no published holidays',
  })
  missingYears: number[];

  @ApiProperty({ description: 'Open tasks whose period reaches a year without published holidays' })
  tasksWithIncompleteCalendar: number;
}
