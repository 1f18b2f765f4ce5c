import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A day off for the agencies (Tết, national days, compensatory days): data the administrator keeps each year. */
@Entity({ name: 'public_holidays' })
export class PublicHolidayEntity {
  /** Local date, YYYY-MM-DD. */
  @PrimaryColumn({ type: 'date' })
  date: string;

  @Column({ name: 'name_vi', type: 'text' })
  nameVi: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;
}
