import { condition, patched } from '@temporalio/workflow';
import type { ProcessRecordSnapshot } from '../../src/domain/process-record';
import { acts } from './process-activities';

/**
 * Keeps the process's (or case's) record in PostgreSQL as it changes: after every activation that moved the revision,
 * one write of the whole view; the workflow waits for the last one before it ends, so a closed process's record is
 * complete. Executions begun before the record existed have no such writes in their history and keep none
 * (`patched('record-in-postgres')`); their pages keep the record the API writes on reading them closed.
 */
export class RecordWriter {
  private written = 0;
  private readonly enabled: boolean;

  constructor(
    private readonly snapshot: () => Omit<ProcessRecordSnapshot, 'revision'>,
    private readonly revision: () => number,
  ) {
    this.enabled = patched('record-in-postgres');
    if (this.enabled) void this.keepWriting();
  }

  /** Resolves once the record holds every change made so far. */
  async settled(): Promise<void> {
    if (this.enabled) await condition(() => this.written >= this.revision());
  }

  private async keepWriting(): Promise<never> {
    for (;;) {
      await condition(() => this.revision() > this.written);
      const revision = this.revision();
      await acts.saveRecord({ ...this.snapshot(), revision });
      this.written = revision;
    }
  }
}
