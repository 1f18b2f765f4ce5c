import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntitySubscriberInterface, QueryRunner, TransactionCommitEvent } from 'typeorm';
import { AUDIT_CHAIN_LOCK_KEY, AUDIT_GENESIS_HASH, auditRowHash } from './audit-chain';

/** Set on a transaction's query runner that wrote audit rows (`chainAfterCommit`). */
const AUDIT_ROWS_WRITTEN = 'auditRowsWritten';

/** Rows chained per transaction; a longer backlog takes several. */
const BATCH = 500;
/** Rows committed by a transaction the chainer was not told about (or while it was failing) wait at most this long. */
const SWEEP_MS = 2_000;

/**
 * Gives audit rows their place in the hash chain after they are in. Writers insert rows without sequence or hash
 * (each under its own arrival number), so no writer waits for another; the chainer then takes the chain's lock, reads
 * the head and hashes the waiting rows in arrival order, a batch per transaction. One chainer runs at a time in a
 * process (calls during a run join the next one), and the advisory lock keeps the chainers of several processes (API
 * instances, the worker) one after another. It keeps its own connection, so a request holding a pool connection
 * while it waits for the chain never starves it.
 */
@Injectable()
export class AuditChainer implements OnModuleInit, OnModuleDestroy, EntitySubscriberInterface {
  private readonly logger = new Logger(AuditChainer.name);
  private runner: QueryRunner | null = null;
  private running: Promise<void> | null = null;
  private queued: Promise<void> | null = null;
  private sweep?: NodeJS.Timeout;

  constructor(@InjectDataSource() private readonly db: DataSource) {
    db.subscribers.push(this);
  }

  /** The transaction on `runner` wrote audit rows: chain them as soon as it commits. */
  chainAfterCommit(runner: QueryRunner): void {
    runner.data = { ...(runner.data as object), [AUDIT_ROWS_WRITTEN]: true };
  }

  /** TypeORM awaits this before the transaction's caller goes on: a committed change's audit row is chained when it returns. */
  afterTransactionCommit(event: TransactionCommitEvent): Promise<void> | void {
    const data = event.queryRunner.data as Record<string, unknown> | undefined;
    // A nested transaction's commit only releases a savepoint: the rows become visible with the outermost one.
    if (!data?.[AUDIT_ROWS_WRITTEN] || event.queryRunner.isTransactionActive) return;
    delete data[AUDIT_ROWS_WRITTEN];
    return this.flush();
  }

  onModuleInit(): void {
    this.sweep = setInterval(() => void this.flush(), SWEEP_MS);
    this.sweep.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.sweep);
    await this.running?.catch(() => undefined);
    await this.queued?.catch(() => undefined);
    await this.runner?.release().catch(() => undefined);
    this.runner = null;
  }

  /**
   * Resolves once every row committed before the call is chained (or the attempt failed: the rows stay in and the
   * sweep chains them later). Never rejects: a row that is in is recorded, chaining it is the chainer's business.
   */
  flush(): Promise<void> {
    if (!this.running) {
      this.running = this.run().finally(() => (this.running = null));
      return this.running;
    }
    // The run in progress may have read the waiting rows before ours committed: one more run after it covers them.
    this.queued ??= this.running.then(() => {
      this.queued = null;
      return this.flush();
    });
    return this.queued;
  }

  private async run(): Promise<void> {
    try {
      while ((await this.chainBatch()) === BATCH);
    } catch (error) {
      this.logger.warn(`audit rows wait to be chained: ${error instanceof Error ? error.message : String(error)}`);
      await this.runner?.release().catch(() => undefined);
      this.runner = null;
    }
  }

  private async connection(): Promise<QueryRunner> {
    if (this.runner && !this.runner.isReleased) return this.runner;
    this.runner = this.db.createQueryRunner();
    await this.runner.connect();
    return this.runner;
  }

  /** Chains up to BATCH waiting rows in one transaction; returns how many. */
  private async chainBatch(): Promise<number> {
    const q = await this.connection();
    // Most sweeps find nothing: no transaction, no lock then.
    if (!(await q.query('SELECT 1 FROM audit_log WHERE sequence IS NULL LIMIT 1')).length) return 0;
    await q.startTransaction();
    try {
      await q.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK_KEY]);
      const waiting = (await q.query(
        `SELECT id, actor_id, action, subject_type, subject_id, detail, at FROM audit_log
          WHERE sequence IS NULL ORDER BY arrival LIMIT ${BATCH}`,
      )) as Array<{ id: string; actor_id: string | null; action: string; subject_type: string; subject_id: string; detail: unknown; at: Date }>;
      if (waiting.length) {
        const [head] = (await q.query('SELECT sequence, hash FROM audit_log WHERE sequence IS NOT NULL ORDER BY sequence DESC LIMIT 1')) as Array<{
          sequence: string;
          hash: string;
        }>;
        let sequence = head ? Number(head.sequence) : 0;
        let previousHash = head?.hash ?? AUDIT_GENESIS_HASH;
        const chained = waiting.map((r) => {
          sequence++;
          const row = { sequence, id: r.id, actorId: r.actor_id, action: r.action, subjectType: r.subject_type, subjectId: r.subject_id };
          const hash = auditRowHash({ ...row, detail: r.detail, at: r.at, previousHash });
          const link = { id: r.id, sequence, previousHash, hash };
          previousHash = hash;
          return link;
        });
        await q.query(
          `UPDATE audit_log a SET sequence = c.sequence, previous_hash = c.previous_hash, hash = c.hash
             FROM unnest($1::uuid[], $2::bigint[], $3::text[], $4::text[]) AS c(id, sequence, previous_hash, hash)
            WHERE a.id = c.id`,
          [chained.map((c) => c.id), chained.map((c) => c.sequence), chained.map((c) => c.previousHash), chained.map((c) => c.hash)],
        );
      }
      await q.commitTransaction();
      return waiting.length;
    } catch (error) {
      await q.rollbackTransaction().catch(() => undefined);
      throw error;
    }
  }
}
