import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { IncidentDto, IncidentRow } from './incident.dto';

export interface IncidentReport {
  workflowId: string;
  activity: string;
  subjectId: string | null;
  errorClass: string;
  errorCode: string | null;
}

/** The operators' list of projections PostgreSQL refused for good; one open row per process, activity and subject. */
@Injectable()
export class IncidentsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async record(report: IncidentReport): Promise<void> {
    await this.db.query(
      `INSERT INTO projection_incidents (workflow_id, activity, subject_id, error_class, error_code)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (workflow_id, activity, coalesce(subject_id, '')) WHERE status = 'OPEN'
       DO UPDATE SET attempts = projection_incidents.attempts + 1, last_seen_at = now(),
                     error_class = EXCLUDED.error_class, error_code = EXCLUDED.error_code`,
      [report.workflowId, report.activity, report.subjectId, report.errorClass, report.errorCode],
    );
  }

  async list(status?: 'OPEN' | 'RESOLVED'): Promise<IncidentDto[]> {
    const rows: IncidentRow[] = await this.db.query(
      `SELECT * FROM projection_incidents WHERE ($1::text IS NULL OR status = $1) ORDER BY created_at DESC LIMIT 500`,
      [status ?? null],
    );
    return rows.map(IncidentDto.from);
  }

  async open(): Promise<IncidentDto[]> {
    return this.list('OPEN');
  }

  async resolve(id: string, resolution: string): Promise<void> {
    await this.db.query(`UPDATE projection_incidents SET status = 'RESOLVED', resolved_at = now(), resolution = $2 WHERE id = $1`, [id, resolution]);
  }
}
