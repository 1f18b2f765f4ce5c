import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** A year whose public holidays the administrator has published: deadlines reaching other years are flagged. */
@Entity({ name: 'calendar_years' })
@Check('ck_calendar_years_year', 'year BETWEEN 2000 AND 2100')
export class CalendarYearEntity {
  @PrimaryColumn({ type: 'integer' })
  year: number;

  @Column({ name: 'published_at', type: 'timestamptz', default: () => 'now()' })
  publishedAt: Date;

  @Column({ type: 'text' })
  note: string;
}
