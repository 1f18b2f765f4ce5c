import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { EntityManager, Repository } from 'typeorm';
import { AuditChainer } from './audit-chainer';
import { AuditEntry } from './audit-entry';
import { AuditLogEntity } from './audit-log.entity';

/**
 * Writes audit rows. A row goes in without its place in the chain (no lock, so writers never wait for each other);
 * AuditChainer gives it sequence, previous hash and hash right after, in order of arrival.
 */
@Injectable()
export class AuditService {
  constructor(
    @InjectRepository(AuditLogEntity) private readonly log: Repository<AuditLogEntity>,
    private readonly chainer: AuditChainer,
  ) {}

  /**
   * Pass the transaction's manager when the audited change is part of one, so both commit or neither; the row is
   * chained once that transaction commits. Outside one, this returns once the row is chained.
   */
  async record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    const runner = manager?.queryRunner;
    await (manager ?? this.log.manager).getRepository(AuditLogEntity).insert(this.row(entry));
    if (runner?.isTransactionActive) this.chainer.chainAfterCommit(runner);
    else await this.chainer.flush();
  }

  /**
   * A read of victim or tipster data (ReadAuditInterceptor, the tipster's contact) or an action on the work
   * (ActionAuditInterceptor): the row is in before the answer goes, and the caller does not wait for it to be chained.
   */
  async recordUnchained(entry: AuditEntry): Promise<void> {
    await this.log.insert(this.row(entry));
    void this.chainer.flush();
  }

  private row(entry: AuditEntry): Partial<AuditLogEntity> {
    return {
      id: randomUUID(),
      actorId: entry.actorId,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      // The stored form: what jsonb gives back is what the hash must cover (dates become strings, undefined disappears).
      detail: JSON.parse(JSON.stringify(entry.detail ?? {})) as Record<string, any>,
      // To the millisecond, as a JavaScript Date reads it back: the hash covers it.
      at: new Date(),
    };
  }
}
