import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppException } from '../../common/app-exception';
import type { DeadlineCatalogue } from '../../domain/deadline-catalogue';
import { ErrorCode } from '../../domain/error-code';
import { validateCatalogue } from '../../domain/validate-catalogue';
import { toLocalIso } from '../../common/to-local-iso';
import { AuditService } from '../audit/audit.service';
import { CatalogueVersionEntity } from './catalogue-version.entity';
import { CatalogueVersionSummaryDto } from './dto/catalogue-version-summary.dto';
import { PublishCatalogueDto } from './dto/publish-catalogue.dto';

const toCatalogue = (v: CatalogueVersionEntity): DeadlineCatalogue => ({
  version: v.version,
  entries: v.entries,
  escalationLadder: v.escalationLadder,
});

@Injectable()
export class CatalogueService {
  constructor(
    @InjectRepository(CatalogueVersionEntity) private readonly versions: Repository<CatalogueVersionEntity>,
    private readonly audit: AuditService,
  ) {}

  async current(): Promise<DeadlineCatalogue> {
    const [latest] = await this.versions.find({ order: { version: 'DESC' }, take: 1 });
    if (!latest) throw new AppException(ErrorCode.INTERNAL, 'The deadline catalogue is empty: run the migrations');
    return toCatalogue(latest);
  }

  /** A handful of rows (one per publication): no paging; the entries' count is read in PostgreSQL, not shipped. */
  async summaries(): Promise<CatalogueVersionSummaryDto[]> {
    const rows: Array<{ version: number; note: string; created_at: Date; entry_count: number }> = await this.versions.query(
      `SELECT version, note, created_at, jsonb_array_length(entries) AS entry_count FROM deadline_catalogue_versions ORDER BY version DESC`,
    );
    return rows.map((row, index) => ({
      version: row.version,
      note: row.note,
      createdAt: row.created_at.toISOString(),
      createdAtLocal: toLocalIso(row.created_at)!,
      entryCount: Number(row.entry_count),
      inForce: index === 0,
    }));
  }

  async version(version: number): Promise<DeadlineCatalogue> {
    const found = await this.versions.findOneBy({ version });
    if (!found) throw new AppException(ErrorCode.NOT_FOUND, `Catalogue version ${version} does not exist`);
    return toCatalogue(found);
  }

  /** Adds a version; processes already running keep theirs. */
  async publish(dto: PublishCatalogueDto, userId: string): Promise<DeadlineCatalogue> {
    // Approvers are checked against the kind the statute empowers: the agency list is data, read as it stands.
    const agencies: Array<{ code: string; kind: string }> = await this.versions.query(`SELECT code, kind FROM agencies WHERE active`);
    const kinds = new Map(agencies.map((a) => [a.code, a.kind]));
    const problem = validateCatalogue(dto, (code) => kinds.get(code));
    if (problem) throw new AppException(ErrorCode.VALIDATION_FAILED, problem);
    return this.versions.manager.transaction(async (tx) => {
      // Serialise publishers so two admins cannot both take the same next number.
      await tx.query('LOCK TABLE deadline_catalogue_versions IN SHARE ROW EXCLUSIVE MODE');
      const [{ max }] = await tx.query('SELECT COALESCE(MAX(version), 0) AS max FROM deadline_catalogue_versions');
      const saved = await tx.save(
        tx.create(CatalogueVersionEntity, {
          version: Number(max) + 1,
          entries: dto.entries,
          escalationLadder: dto.escalationLadder,
          note: dto.note,
          createdBy: userId,
        }),
      );
      await this.audit.record(
        {
          actorId: userId,
          action: 'CATALOGUE_PUBLISHED',
          subjectType: 'CATALOGUE',
          subjectId: String(saved.version),
          detail: { note: dto.note, entries: dto.entries.length },
        },
        tx,
      );
      return toCatalogue(saved);
    });
  }
}
