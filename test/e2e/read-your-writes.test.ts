import { ReceptionStepType as S } from '../../src/domain/reception/reception-step-type';
import { STEP_DEFINITIONS } from '../../src/domain/step-definitions';
import { TipStepType } from '../../src/domain/tip/tip-step-type';
import { receptionWorkflow } from '../../workflows/reception/reception.workflow';
import { AgencyStaff } from '../support/agency-staff';
import { HttpClient } from '../support/http-client';
import { openTask } from '../support/open-task';
import { ProcessDriver, sampleOutcome } from '../support/process-driver';
import { startAsCaseChild } from '../support/start-process';
import { startTestSystem, TestSystem } from '../support/test-system';
import { idempotencyKey, tipBody } from '../support/tip-requests';

/** How many tips and receptions to run through; a few by default, more with READ_YOUR_WRITES_REPEAT. */
const REPEAT = Number(process.env.READ_YOUR_WRITES_REPEAT ?? 6);

/** Once an answer names a task (or says a tip's first task is listable), the next request finds it: never a 404 "for a moment". */
describe('read your writes', () => {
  let system: TestSystem;
  let coordinator: HttpClient;
  let officer: HttpClient;
  let staff: AgencyStaff;
  let drive: ProcessDriver;
  const closers: Array<() => Promise<void>> = [];

  beforeAll(async () => {
    system = await startTestSystem();
    [coordinator, officer] = await Promise.all([system.as('coordinator'), system.as('officer')]);
    staff = new AgencyStaff(system);
    drive = new ProcessDriver(coordinator, staff);
  });
  afterAll(async () => {
    await Promise.all(closers.map((close) => close()));
    await system?.close();
  });

  it('a 201 for a tip means its verification task is in the agency’s list and readable and claimable, on the first try', async () => {
    for (let i = 0; i < REPEAT; i++) {
      const registered = await coordinator.post('/tips', tipBody(), { 'Idempotency-Key': idempotencyKey() });
      expect(registered.status).toBe(201);
      expect(registered.body.tasksListable).toBe(true);
      const listed = (await officer.get(`/tasks?processId=${registered.body.processId}`)).body as any[];
      const verify = listed.find((t) => t.stepType === TipStepType.VERIFY);
      expect(verify).toBeDefined();
      expect((await officer.get(`/tasks/${verify.id}`)).status).toBe(200);
      expect((await officer.post(`/tasks/${verify.id}/claim`)).status).toBe(200);
      // The claim's answer is in the projection too: the very next read shows the officer as assignee.
      expect((await officer.get(`/tasks/${verify.id}`)).body).toMatchObject({ status: 'CLAIMED', assigneeId: expect.any(String) });
    }
  });

  it('once a completion is answered, the next step’s task is in its agency’s list and readable by id, on the first try', async () => {
    for (let i = 0; i < REPEAT; i++) {
      const { processId, close } = await startAsCaseChild('reception', receptionWorkflow, {
        personLabel: `V${i}`,
        child: false,
        route: 'SELF_REPORT',
        homeCommuneCode: null,
      });
      closers.push(close);
      // Started straight on the engine (as a case would): the first task is waited for; every later one must not be.
      let task = await openTask(coordinator, processId, S.SELF_REPORT_ARRIVAL);
      for (const next of [S.NOTIFY_HEALTH, S.INITIAL_VERIFICATION]) {
        const actor = await drive.actorFor(task);
        const done = await actor.post(`/tasks/${task.id}/complete`, { outcome: sampleOutcome(STEP_DEFINITIONS[task.stepType].outcome) });
        expect(done.status).toBe(200);
        expect((await actor.get(`/tasks/${task.id}`)).body.status).toBe('COMPLETED');
        const listed = (await coordinator.get(`/tasks?processId=${processId}`)).body as any[];
        task = listed.find((t) => t.stepType === next && t.status === 'OPEN');
        expect(task).toBeDefined();
        const nextActor = await drive.actorFor(task);
        expect((await nextActor.get('/tasks')).body.map((t: any) => t.id)).toContain(task.id);
        expect((await nextActor.get(`/tasks/${task.id}`)).status).toBe(200);
      }
    }
  });
});
