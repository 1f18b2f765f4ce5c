import { Client, Connection } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { TipStepType } from '../../../src/domain/tip/tip-step-type';
import { sealedClientOptions } from '../../../src/temporal/sealed-client-options';
import { getProcessQuery } from '../../../workflows/human-task/messages';
import { tipVerificationWorkflow } from '../../../workflows/tip-verification/tip-verification.workflow';
import { p, progress } from '../engine-report';
import { eventually } from '../../support/eventually';
import { ladderLateness, type LadderLateness } from './ladder-lateness';

export interface LadderScale {
  /** Verification deadlines pending at once (open tip workflows). */
  pending: number;
  /** Of those, how many come due during the run and are measured; the others are due an hour later. */
  firing: number;
  /** Starts sent at once. */
  concurrency: number;
  /** The short catalogue's verification period and ladder (seconds after the deadline). */
  dueSeconds: number;
  ladderSeconds: number[];
  /** The measured deadlines come due spread over this many seconds. */
  spreadSeconds: number;
  /** Starts per second assumed when placing the measured deadlines after every start. */
  assumedStartRate: number;
}

export interface LadderResult extends LadderLateness {
  /** Workflows started when the first measured deadline came due (the target is about all of them pending). */
  pendingAtFirstDeadline: number;
  startSeconds: number;
  rssPerOpenWorkflowKiB: number;
  rssMiBAtPeak: number;
  /** A query on a workflow the worker still holds, and on one it had to evict and replay (ms). */
  queryCached: number[];
  queryEvicted: number[];
  /** Queries (of the two samples) the engine did not answer. */
  queriesFailed: number;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Escalation lateness with many deadlines pending: `firing` tip verifications are started first, their deadlines
 * placed after every start is expected to be done; then `pending - firing` more whose deadlines are an hour away.
 * The measured workflows are thus the oldest in the worker's cache when their timers fire, as long-lived processes
 * are. Started with the raw client (the tip rows themselves do not matter to the ladder), run by the project's worker.
 */
export async function ladderAtScale(db: DataSource, scale: LadderScale): Promise<LadderResult> {
  const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS });
  const client = new Client({ connection, ...sealedClientOptions() });
  const [{ version }] = await db.query(`SELECT MAX(version) AS version FROM deadline_catalogue_versions`);
  const phaseStart = Date.now();
  const firstDue = phaseStart + (scale.pending / scale.assumedStartRate) * 1000 + 30_000;
  const rssBefore = process.memoryUsage().rss;
  const firingIds: string[] = [];
  const pendingIds: string[] = [];
  const startedAt: number[] = [];

  let next = 0;
  await Promise.all(
    Array.from({ length: scale.concurrency }, async () => {
      while (next < scale.pending) {
        const i = next++;
        const firing = i < scale.firing;
        const due = firing ? firstDue + (i / Math.max(1, scale.firing)) * scale.spreadSeconds * 1000 : phaseStart + 3_600_000;
        const workflowId = `TIP-BENCH-${randomUUID()}`;
        await client.workflow.start(tipVerificationWorkflow, {
          workflowId,
          taskQueue: process.env.TEMPORAL_TASK_QUEUE!,
          args: [
            {
              tipId: randomUUID(),
              tipReference: `BENCH-${i}`,
              investigatingAgencyCode: 'CA_TINH_CSDT',
              victimInDanger: false,
              receivedAt: due - scale.dueSeconds * 1000,
              catalogueVersion: Number(version),
              registeredLate: null,
            },
          ],
        });
        startedAt.push(Date.now());
        (firing ? firingIds : pendingIds).push(workflowId);
        if ((i + 1) % 500 === 0) progress(`ladder: ${i + 1}/${scale.pending} tip workflows started`);
      }
    }),
  );
  const startSeconds = (Date.now() - phaseStart) / 1000;
  const pendingAtFirstDeadline = startedAt.filter((t) => t <= firstDue).length;
  progress(`ladder: ${scale.pending} started in ${startSeconds.toFixed(0)} s (${pendingAtFirstDeadline} before the first measured deadline)`);

  // Every workflow has created its tasks (so its timers are set) before the memory is read.
  const all = [...firingIds, ...pendingIds];
  let lastSaid = 0;
  await eventually(
    async () => {
      const [{ n }] = await db.query(`SELECT count(DISTINCT process_id)::int AS n FROM tasks WHERE step_type = $1 AND process_id = ANY($2)`, [
        TipStepType.VERIFY,
        all,
      ]);
      if (Date.now() - lastSaid > 10_000) {
        lastSaid = Date.now();
        progress(`ladder: ${n}/${all.length} verification tasks written`);
      }
      return n >= all.length;
    },
    'every verification task written',
    Math.max(120_000, scale.pending * 200),
  ).catch(() => undefined);
  const rssAtPeak = process.memoryUsage().rss;

  // Replay cost: the most recent workflows are cached; the oldest pending ones were evicted if the cache is smaller.
  const sample = Math.min(20, pendingIds.length);
  // A query the engine did not answer in time (an overloaded machine) is counted, not timed.
  let queriesFailed = 0;
  const timeQuery = async (id: string, into: number[]) => {
    const t = performance.now();
    await client.workflow
      .getHandle(id)
      .query(getProcessQuery)
      .then(
        () => into.push(performance.now() - t),
        () => queriesFailed++,
      );
  };
  const queryCached: number[] = [];
  const queryEvicted: number[] = [];
  for (const id of pendingIds.slice(-sample)) await timeQuery(id, queryCached);
  for (const id of pendingIds.slice(0, sample)) await timeQuery(id, queryEvicted);

  const lastDue = firstDue + scale.spreadSeconds * 1000 + scale.ladderSeconds[scale.ladderSeconds.length - 1] * 1000;
  if (Date.now() < lastDue) {
    progress(`ladder: waiting ${Math.round((lastDue - Date.now()) / 1000)} s for the measured deadlines and their ladders`);
    await wait(lastDue - Date.now());
  }
  const levels = scale.ladderSeconds.length;
  const expected = scale.firing * levels;
  const read = (): Promise<any[]> =>
    db.query(
      `SELECT e.task_id, e.level, e.fired_at, t.due_at FROM escalations e JOIN tasks t ON t.id = e.task_id
        WHERE t.step_type = $1 AND t.process_id = ANY($2)`,
      [TipStepType.VERIFY, firingIds],
    );
  // Late ones still count: wait (up to two minutes) for every level to be written.
  const fired = await eventually(async () => ((await read()).length >= expected ? read() : false), 'every level fired', 120_000).catch(read);
  const measured = ladderLateness(fired, scale.ladderSeconds, expected);
  await connection.close();
  progress(
    `ladder: ${fired.length} of ${expected} escalations, p99 by level ${Object.values(measured.lateness)
      .map((l) => p(l, 0.99))
      .join(' / ')} ms`,
  );
  return {
    ...measured,
    pendingAtFirstDeadline,
    startSeconds: Math.round(startSeconds),
    rssPerOpenWorkflowKiB: Math.round((rssAtPeak - rssBefore) / all.length / 1024),
    rssMiBAtPeak: Math.round(rssAtPeak / 1024 / 1024),
    queryCached,
    queryEvicted,
    queriesFailed,
  };
}
