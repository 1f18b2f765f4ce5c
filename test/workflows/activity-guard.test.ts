import { ApplicationFailure } from '@temporalio/common';
import { MockActivityEnvironment } from '@temporalio/testing';
import { QueryFailedError } from 'typeorm';
import { guardActivities } from '../../activities/guard-activities';
import type { ProcessActivities } from '../../activities/process-activities';
import type { IncidentReport } from '../../src/modules/incidents/incidents.service';

const SECRET = 'Victim Nguyễn Thị A, outcome text';

function refused(code: string): QueryFailedError {
  const driver = Object.assign(new Error(`invalid input: "${SECRET}"`), { code });
  return new QueryFailedError('INSERT INTO tasks (outcome) VALUES ($1)', [SECRET], driver);
}

/** What leaves an activity when PostgreSQL refuses its write: never the data, and never a retry loop for bad data. */
describe('guardActivities', () => {
  const env = new MockActivityEnvironment({ workflowExecution: { workflowId: 'tip-verification-TIP-1', runId: 'r' } } as never);
  let reports: IncidentReport[];
  const guarded = (fail: () => never) => {
    reports = [];
    const activities = { saveTask: async () => fail(), openCaseFromTip: async () => fail() } as unknown as ProcessActivities;
    return guardActivities(activities, async (r) => void reports.push(r));
  };

  it('turns a permanently refused projection into an incident and lets the workflow go on', async () => {
    const acts = guarded(() => {
      throw refused('22P05');
    });
    await expect(env.run(acts.saveTask, { taskId: 'task-1' } as never)).resolves.toBeUndefined();
    expect(reports).toEqual([
      { workflowId: 'tip-verification-TIP-1', activity: 'saveTask', subjectId: 'task-1', errorClass: 'QueryFailedError', errorCode: '22P05' },
    ]);
    expect(JSON.stringify(reports)).not.toContain(SECRET);
  });

  it('keeps retrying a transient failure, or a permanent one that is not a projection, with a message free of data', async () => {
    for (const [activity, error] of [
      ['saveTask', Object.assign(new Error(`connect ECONNREFUSED; ${SECRET}`), { code: 'ECONNREFUSED' })],
      ['openCaseFromTip', refused('23505')],
    ] as const) {
      const acts = guarded(() => {
        throw error;
      });
      const failure = (await env.run(acts[activity] as (a: unknown) => Promise<unknown>, 'tip-1').catch((e: unknown) => e)) as ApplicationFailure;
      expect(failure).toBeInstanceOf(ApplicationFailure);
      expect(failure.nonRetryable).toBe(false);
      expect(failure.message).not.toContain('Nguyễn');
      expect(failure.message).not.toContain('INSERT');
      expect(failure.message).toMatch(/^(saveTask|openCaseFromTip) (failed|refused)/);
    }
    expect(reports).toHaveLength(1);
  });
});
