import { Role } from '../role';
import { TipStepType } from '../tip/tip-step-type';
import { caseAccess, mayReadTipster, taskAccess, tipAccess } from './access-rules';
import { redactCase } from './redact-case';
import { redactEvent } from './redact-event';
import { redactProcess } from './redact-process';
import { redactTask } from './redact-task';
import { withoutFreeText } from './without-free-text';

const coordinator = { agencyCode: 'BCD_VPTT', roles: [Role.COORDINATOR] };
const officer = { agencyCode: 'CA_TINH_CSDT', roles: [Role.OFFICER] };
const head = { agencyCode: 'CA_TINH_CSDT', roles: [Role.AGENCY_HEAD] };
const outsider = { agencyCode: 'DBP_BU_PRANG', roles: [Role.OFFICER] };
const leadership = { agencyCode: 'UBND_TINH', roles: [Role.LEADERSHIP] };
const admin = { agencyCode: 'BCD_VPTT', roles: [Role.ADMIN] };
const involved = ['CA_TINH_CSDT', 'CA_TINH_CSHS'];

describe('who reads what', () => {
  it.each([
    ['coordinator', 'FULL', 'FULL', 'FULL', coordinator],
    ['officer of an involved agency', 'AGENCY', 'FULL', 'FULL', officer],
    ['head of an involved agency', 'AGENCY', 'FULL', 'FULL', head],
    ['officer of an uninvolved agency', 'NONE', 'NONE', 'NONE', outsider],
    ['leadership', 'OVERSIGHT', 'NONE', 'OVERSIGHT', leadership],
    ['administrator', 'NONE', 'NONE', 'NONE', admin],
  ])('%s: case %s, tip %s, own-agency task %s', (_, kase, tip, task, viewer) => {
    expect(caseAccess(viewer, involved)).toBe(kase);
    expect(tipAccess(viewer, involved)).toBe(tip);
    expect(taskAccess(viewer, 'CA_TINH_CSDT')).toBe(task);
  });

  it('an agency never reads another agency’s task on its own, and only coordinators read the tipster', () => {
    expect(taskAccess(officer, 'CA_TINH_CSHS')).toBe('NONE');
    expect([coordinator, officer, head, leadership, admin].map(mayReadTipster)).toEqual([true, false, false, false, false]);
  });

  it('with several roles the widest applies, except that an administrator never reads free text or tips', () => {
    expect(caseAccess({ agencyCode: 'BCD_VPTT', roles: [Role.ADMIN, Role.COORDINATOR] }, [])).toBe('OVERSIGHT');
    expect(tipAccess({ agencyCode: 'BCD_VPTT', roles: [Role.ADMIN, Role.COORDINATOR] }, [])).toBe('NONE');
    expect(mayReadTipster({ agencyCode: 'BCD_VPTT', roles: [Role.ADMIN, Role.COORDINATOR] })).toBe(false);
    expect(caseAccess({ agencyCode: 'CA_TINH_CSDT', roles: [Role.LEADERSHIP, Role.OFFICER] }, involved)).toBe('AGENCY');
  });
});

const verified = {
  id: 't1',
  agencyCode: 'CA_TINH_CSDT',
  stepType: TipStepType.VERIFY,
  outcome: { decision: 'CONFIRMED', findings: 'Victim Nguyễn Thị A held at X', extra: 'unknown field' },
  cancelReason: null,
  assigneeId: 'u1',
  completedBy: 'u1',
  extensions: [{ extensionId: 'e1', status: 'APPROVED', reason: 'witness abroad', decisionNote: 'ok', requestedBy: 'u1', requestedAt: '2026-01-01' }],
};

describe('redacting a task', () => {
  it('keeps only the structured fields of an outcome for leadership', () => {
    expect(withoutFreeText(TipStepType.VERIFY, verified.outcome)).toEqual({ decision: 'CONFIRMED' });
    expect(withoutFreeText('NO_SUCH_STEP', { a: 1 })).toEqual({});
    expect(withoutFreeText(TipStepType.VERIFY, null)).toBeNull();
  });

  it('without free text: no reasons or notes, the rest stays', () => {
    const t = redactTask(verified, 'WITHOUT_FREE_TEXT');
    expect(t.outcome).toEqual({ decision: 'CONFIRMED' });
    expect(t.extensions).toEqual([{ extensionId: 'e1', status: 'APPROVED', requestedBy: 'u1', requestedAt: '2026-01-01' }]);
    expect(t.completedBy).toBe('u1');
  });

  it('status only: no outcome, no people, extensions as status and dates', () => {
    const t = redactTask({ ...verified, cancelReason: 'why' }, 'STATUS_ONLY');
    expect(t).toMatchObject({ id: 't1', agencyCode: 'CA_TINH_CSDT', outcome: null, cancelReason: null, assigneeId: null, completedBy: null });
    expect(t.extensions).toEqual([{ extensionId: 'e1', status: 'APPROVED', requestedAt: '2026-01-01' }]);
  });

  it('full leaves the task as it is', () => {
    expect(redactTask(verified, 'FULL')).toBe(verified);
  });
});

describe('redacting a timeline event', () => {
  it('drops the actor and every detail key not known to be safe', () => {
    const e = redactEvent({
      at: '2026',
      type: 'TASK_COMPLETED',
      taskId: 't1',
      actorId: 'u1',
      detail: { outcome: { findings: 'secret' }, reason: 'r', note: 'n', labels: ['A'], dueAt: 5, agencyCode: 'X' },
    });
    expect(e).toEqual({ at: '2026', type: 'TASK_COMPLETED', taskId: 't1', detail: { dueAt: 5, agencyCode: 'X' } });
    expect(redactEvent({ type: 'TASK_CANCELLED', detail: { reason: 'r' } })).toEqual({ type: 'TASK_CANCELLED' });
  });
});

describe('redacting a process and a case', () => {
  const rescuePlan = { ...verified, id: 't2', agencyCode: 'CA_TINH_CSHS', stepType: 'RESCUE_PLAN', outcome: { planNumber: 'P-1' } };
  const process = {
    processId: 'p',
    tasks: [verified, rescuePlan],
    escalations: [
      { agencyCode: 'CA_TINH_CSDT', note: 'called the head' },
      { agencyCode: 'CA_TINH_CSHS', note: 'late' },
    ],
    timeline: [
      { at: '1', type: 'TASK_COMPLETED', taskId: 't1', actorId: 'u1', detail: { outcome: verified.outcome } },
      { at: '2', type: 'TASK_COMPLETED', taskId: 't2', actorId: 'u2', detail: { outcome: rescuePlan.outcome } },
      { at: '3', type: 'PROCESS_COMPLETED', detail: { result: 'RESCUED' } },
    ],
  };

  it('an involved officer sees their agency’s tasks and events in full, the others’ as status only, no escalations', () => {
    const seen = redactProcess(process, 'AGENCY', officer);
    expect(seen.tasks[0]).toBe(verified);
    expect(seen.tasks[1].outcome).toBeNull();
    expect(seen.timeline.map((e) => e.detail)).toEqual([{ outcome: verified.outcome }, undefined, undefined]);
    expect(seen.escalations).toEqual([]);
  });

  it('an agency head also sees the escalations of their own agency', () => {
    expect(redactProcess(process, 'AGENCY', head).escalations).toEqual([{ agencyCode: 'CA_TINH_CSDT', note: 'called the head' }]);
  });

  it('leadership sees every task and escalation, without outcomes or notes', () => {
    const seen = redactProcess(process, 'OVERSIGHT', leadership);
    expect(seen.tasks.map((t) => t.outcome)).toEqual([null, null]);
    expect(seen.escalations.map((e) => e.note)).toEqual([null, null]);
    expect(JSON.stringify(seen)).not.toMatch(/Nguyễn|P-1|RESCUED|late/);
  });

  it('coordinators see it all; nobody without access gets a view', () => {
    expect(redactProcess(process, 'FULL', coordinator)).toBe(process);
    expect(() => redactProcess(process, 'NONE', admin)).toThrow();
  });

  it('a case hides its processes’ outcomes from everyone but coordinators', () => {
    const kase = { reference: 'C', processes: [{ processId: 'p', status: 'COMPLETED', outcome: 'RESCUED' }], timeline: process.timeline };
    const agencies = new Map([
      ['t1', 'CA_TINH_CSDT'],
      ['t2', 'CA_TINH_CSHS'],
    ]);
    const seen = redactCase(kase, 'AGENCY', officer, agencies);
    expect(seen.processes).toEqual([{ processId: 'p', status: 'COMPLETED', outcome: null }]);
    expect(seen.timeline[0].detail).toEqual({ outcome: verified.outcome });
    expect(seen.timeline[1].detail).toBeUndefined();
    expect(redactCase(kase, 'FULL', coordinator, agencies)).toBe(kase);
  });
});
