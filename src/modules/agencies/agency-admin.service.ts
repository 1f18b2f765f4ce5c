import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AppException } from '../../common/app-exception';
import type { AuthUser } from '../../common/auth/auth-user';
import { ErrorCode } from '../../domain/error-code';
import { AuditService } from '../audit/audit.service';
import { TaskRecordsRepository } from '../records/task-records.repository';
import { AgencyEntity } from './agency.entity';
import { CreateAgencyDto } from './dto/create-agency.dto';
import { UpdateAgencyDto } from './dto/update-agency.dto';

/**
 * A reorganisation is a data change made here: new agencies, renamed ones, a new parent, deactivation. Codes never
 * change, so tasks, users and history keep pointing at the same agency.
 */
@Injectable()
export class AgencyAdminService {
  constructor(
    @InjectRepository(AgencyEntity) private readonly agencies: Repository<AgencyEntity>,
    private readonly audit: AuditService,
    private readonly tasks: TaskRecordsRepository,
  ) {}

  async get(code: string): Promise<AgencyEntity> {
    const agency = await this.agencies.findOneBy({ code });
    if (!agency) throw new AppException(ErrorCode.NOT_FOUND, `No agency ${code}`);
    return agency;
  }

  async create(admin: AuthUser, body: CreateAgencyDto): Promise<AgencyEntity> {
    if (await this.agencies.findOneBy({ code: body.code })) throw new AppException(ErrorCode.CONFLICT, `code: agency ${body.code} exists`);
    if (body.parentCode) await this.requireParent(body.parentCode);
    return this.agencies.manager.transaction(async (m) => {
      const saved = await m
        .getRepository(AgencyEntity)
        .save(
          m
            .getRepository(AgencyEntity)
            .create({ ...body, parentCode: body.parentCode ?? null, external: body.external ?? false, borderArea: body.borderArea ?? false }),
        );
      await this.audit.record(
        { actorId: admin.userId, action: 'AGENCY_CREATED', subjectType: 'AGENCY', subjectId: saved.code, detail: { ...body } },
        m,
      );
      return saved;
    });
  }

  async update(admin: AuthUser, code: string, body: UpdateAgencyDto): Promise<AgencyEntity> {
    const agency = await this.get(code);
    if (body.parentCode) {
      await this.requireParent(body.parentCode);
      await this.refuseCycle(code, body.parentCode);
    }
    const changes = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
    if (Object.keys(changes).length === 0) return agency;
    return this.agencies.manager.transaction(async (m) => {
      await m.getRepository(AgencyEntity).update({ code }, changes);
      const before = Object.fromEntries(Object.keys(changes).map((k) => [k, (agency as unknown as Record<string, unknown>)[k]]));
      await this.audit.record(
        { actorId: admin.userId, action: 'AGENCY_UPDATED', subjectType: 'AGENCY', subjectId: code, detail: { before, after: changes } },
        m,
      );
      return (await m.getRepository(AgencyEntity).findOneBy({ code }))!;
    });
  }

  /**
   * Deactivation is refused while the agency still has open tasks or active users (their work would have no home);
   * reassign the tasks and move or deactivate the users first.
   */
  async setActive(admin: AuthUser, code: string, active: boolean): Promise<AgencyEntity> {
    await this.get(code);
    return this.agencies.manager.transaction(async (m) => {
      if (!active) await this.requireNoLiveWork(m, code);
      await m.getRepository(AgencyEntity).update({ code }, { active });
      await this.audit.record(
        { actorId: admin.userId, action: active ? 'AGENCY_REACTIVATED' : 'AGENCY_DEACTIVATED', subjectType: 'AGENCY', subjectId: code },
        m,
      );
      return (await m.getRepository(AgencyEntity).findOneBy({ code }))!;
    });
  }

  private async requireNoLiveWork(m: EntityManager, code: string): Promise<void> {
    const tasks = await this.tasks.openCountOfAgency(code, m);
    const [{ users }] = await m.query(`SELECT count(*)::int AS users FROM users WHERE agency_code = $1 AND active`, [code]);
    const [{ children }] = await m.query(`SELECT count(*)::int AS children FROM agencies WHERE parent_code = $1 AND active`, [code]);
    if (tasks + users + children > 0)
      throw new AppException(
        ErrorCode.CONFLICT,
        `Agency ${code} still has ${tasks} open task(s), ${users} active user(s) and ${children} active sub-agency(ies): reassign, move or deactivate them first`,
      );
  }

  private async requireParent(parentCode: string): Promise<void> {
    const parent = await this.agencies.findOneBy({ code: parentCode });
    if (!parent || !parent.active) throw new AppException(ErrorCode.VALIDATION_FAILED, `parentCode: agency ${parentCode} does not exist`);
  }

  private async refuseCycle(code: string, parentCode: string): Promise<void> {
    const [{ cycle }] = await this.agencies.query(
      `WITH RECURSIVE up(code, parent_code) AS (
         SELECT code, parent_code FROM agencies WHERE code = $1
         UNION SELECT a.code, a.parent_code FROM agencies a JOIN up ON a.code = up.parent_code)
       SELECT bool_or(code = $2) AS cycle FROM up`,
      [parentCode, code],
    );
    if (cycle) throw new AppException(ErrorCode.VALIDATION_FAILED, `parentCode: ${parentCode} is ${code} itself or one of its sub-agencies`);
  }
}
