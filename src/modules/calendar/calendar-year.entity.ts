import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A year whose public holidays the administrator has published: deadlines reaching other years are flagged. */
@Entity({ name: 'calendar_years' })
export class CalendarYearEntity {
  @PrimaryColumn({ type: 'integer' })
  year: number;

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt: Date;

  @Column({ type: 'text' })
  note: string;
}
