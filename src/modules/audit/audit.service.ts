import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { EntityManager, Repository } from 'typeorm';
import { AUDIT_CHAIN_LOCK_KEY, AUDIT_GENESIS_HASH, auditRowHash } from './audit-chain';
import { AuditEntry } from './audit-entry';
import { AuditLogEntity } from './audit-log.entity';

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditLogEntity) private readonly log: Repository<AuditLogEntity>) {}

  /** Pass the transaction's manager when the audited change is part of one, so both commit or neither. */
  async record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    if (manager?.queryRunner?.isTransactionActive) return this.append(manager, entry);
    await (manager ?? this.log.manager).transaction((tx) => this.append(tx, entry));
  }

  /** A read of victim or tipster data (ReadAuditInterceptor, the tipster's contact). */
  async recordRead(entry: AuditEntry): Promise<void> {
    await this.record(entry);
  }

  /**
   * The advisory lock is held until the transaction ends, so the next writer reads this row as the head: concurrent
   * writers chain one after another, and a rolled-back row leaves no gap (its sequence is taken again).
   */
  private async append(tx: EntityManager, entry: AuditEntry): Promise<void> {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK_KEY]);
    const [head] = (await tx.query('SELECT sequence, hash FROM audit_log ORDER BY sequence DESC LIMIT 1')) as Array<{
      sequence: string;
      hash: string;
    }>;
    const row = {
      id: randomUUID(),
      sequence: head ? Number(head.sequence) + 1 : 1,
      actorId: entry.actorId,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      // The stored form: what jsonb gives back is what the hash must cover (dates become strings, undefined disappears).
      detail: JSON.parse(JSON.stringify(entry.detail ?? {})) as Record<string, any>,
      at: new Date(),
      previousHash: head?.hash ?? AUDIT_GENESIS_HASH,
    };
    await tx.getRepository(AuditLogEntity).insert({ ...row, hash: auditRowHash(row) });
  }
}
