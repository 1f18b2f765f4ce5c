import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuditLogEntity } from './audit-log.entity';

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditLogEntity) private readonly log: Repository<AuditLogEntity>) {}

  /** Pass the transaction's manager when the audited change is part of one, so both commit or neither. */
  async record(
    entry: { actorId: string | null; action: string; subjectType: string; subjectId: string; detail?: Record<string, unknown> },
    manager?: EntityManager,
  ): Promise<void> {
    const repo = manager ? manager.getRepository(AuditLogEntity) : this.log;
    await repo.insert({ ...entry, detail: (entry.detail ?? {}) as Record<string, any> });
  }
}
